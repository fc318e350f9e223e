package org.luoshi.reporting.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.luoshi.reporting.FieldChange;
import org.luoshi.reporting.ReportSnapshot;

/**
 * What changed between two submitted versions, field by field: entries matched by task,
 * figures by indicator, attachments by id; the earlier version may be none.
 */
public final class VersionDiff {

	private VersionDiff() {
	}

	public static List<FieldChange> between(ReportSnapshot before, ReportSnapshot after) {
		List<FieldChange> changes = new ArrayList<>();
		ReportSnapshot earlier = (before != null) ? before : new ReportSnapshot(List.of(), List.of(), List.of());
		compare("entry", fields(earlier.entries()), fields(after.entries()), changes);
		compare("figure", figures(earlier.figures()), figures(after.figures()), changes);
		compare("attachment", attachments(earlier.attachments()), attachments(after.attachments()), changes);
		return changes;
	}

	private static void compare(String section, Map<String, Map<String, String>> before,
			Map<String, Map<String, String>> after, List<FieldChange> changes) {
		Map<String, Map<String, String>> subjects = new LinkedHashMap<>(after);
		before.forEach(subjects::putIfAbsent);
		subjects.keySet().forEach((subject) -> {
			Map<String, String> was = before.getOrDefault(subject, Map.of());
			Map<String, String> is = after.getOrDefault(subject, Map.of());
			Map<String, String> names = new LinkedHashMap<>(is);
			was.forEach(names::putIfAbsent);
			names.keySet().forEach((field) -> {
				if (!Objects.equals(was.get(field), is.get(field))) {
					changes.add(new FieldChange(section, subject, field, was.get(field), is.get(field)));
				}
			});
		});
	}

	private static Map<String, Map<String, String>> fields(List<ReportSnapshot.Entry> entries) {
		Map<String, Map<String, String>> out = new LinkedHashMap<>();
		for (ReportSnapshot.Entry e : entries) {
			Map<String, String> f = new LinkedHashMap<>();
			f.put("status", e.status());
			f.put("done", e.done());
			f.put("figures", e.figures());
			f.put("problems", e.problems());
			f.put("nextSteps", e.nextSteps());
			f.put("consolidated", e.consolidated());
			f.values().removeIf(Objects::isNull);
			out.put(e.code(), f);
		}
		return out;
	}

	private static Map<String, Map<String, String>> figures(List<ReportSnapshot.Figure> figures) {
		Map<String, Map<String, String>> out = new LinkedHashMap<>();
		for (ReportSnapshot.Figure f : figures) {
			Map<String, String> values = new LinkedHashMap<>();
			values.put("value", f.value());
			values.put("source", f.source());
			values.values().removeIf(Objects::isNull);
			out.put(f.name(), values);
		}
		return out;
	}

	private static Map<String, Map<String, String>> attachments(List<ReportSnapshot.Attachment> attachments) {
		Map<String, Map<String, String>> out = new LinkedHashMap<>();
		for (ReportSnapshot.Attachment a : attachments) {
			out.put(a.fileName() + " #" + a.id(), Map.of("file", a.sha256()));
		}
		return out;
	}

}
