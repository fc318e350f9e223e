package org.luoshi.reporting.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.luoshi.indicator.IndicatorSummary;
import org.luoshi.plan.TaskSummary;
import org.luoshi.reporting.FigureEntry;

/**
 * What the demo's filled-in reports say, read from the demo data files: the wordings of
 * entries by status ({@code demo/report-texts.tsv}) and the indicator figures each report
 * owes for its year ({@code demo/jilin-indicator-figures.csv}, the file the indicator
 * demo enters the other years from).
 */
final class DemoTexts {

	static final String TEXTS = "/demo/report-texts.tsv";

	static final String FIGURES = "/demo/jilin-indicator-figures.csv";

	private final Map<String, List<String>> texts;

	private final Map<String, FigureEntry> figures;

	private final Map<Long, String> codes;

	private final Map<Long, String> indicators;

	private DemoTexts(Map<String, List<String>> texts, Map<String, FigureEntry> figures, Map<Long, String> codes,
			Map<Long, String> indicators) {
		this.texts = texts;
		this.figures = figures;
		this.codes = codes;
		this.indicators = indicators;
	}

	/** The same texts, knowing the plan's task numbers and indicator names. */
	DemoTexts withPlan(List<TaskSummary> tasks, List<IndicatorSummary> indicators) {
		Map<Long, String> codes = new HashMap<>();
		tasks.forEach((t) -> codes.put(t.id(), t.code()));
		Map<Long, String> names = new HashMap<>();
		indicators.forEach((i) -> names.put(i.id(), i.name()));
		return new DemoTexts(this.texts, this.figures, codes, names);
	}

	static DemoTexts load() {
		Map<String, List<String>> texts = new HashMap<>();
		for (String[] row : rows(TEXTS, "\t", 1)) {
			texts.computeIfAbsent(row[0], (k) -> new ArrayList<>()).add(row[1]);
		}
		// 指标,地区,年份,数值,口径,状态,来源: only the province's own figures are reported
		Map<String, FigureEntry> figures = new HashMap<>();
		for (String[] row : rows(FIGURES, ",", 1)) {
			if (row[1].isEmpty()) {
				figures.put(row[0] + "/" + row[2], new FigureEntry(row[3], row[5], row[6], null, row[4]));
			}
		}
		return new DemoTexts(texts, figures, Map.of(), Map.of());
	}

	/**
	 * One of the wordings under the key, chosen by the number given, with the task's
	 * number.
	 */
	String text(String key, long choice, String taskCode) {
		List<String> options = this.texts.get(key);
		if (options == null) {
			return null;
		}
		return MessageFormat.format(options.get((int) Math.floorMod(choice, (long) options.size())), taskCode);
	}

	/** The task's number in the notice (三（一）2). */
	String code(long taskId) {
		return this.codes.getOrDefault(taskId, "");
	}

	/** The figure the demo reports for the indicator in the year. */
	Optional<FigureEntry> figure(long indicatorId, int year) {
		return Optional.ofNullable(this.figures.get(this.indicators.get(indicatorId) + "/" + year));
	}

	private static List<String[]> rows(String resource, String separator, int skip) {
		String text;
		try (InputStream in = DemoTexts.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("demo data file missing from the build: " + resource);
			}
			text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		List<String[]> rows = new ArrayList<>();
		int skipped = 0;
		for (String line : text.split("\n")) {
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			if (skipped++ < skip) {
				continue;
			}
			String[] cells = line.split(separator, -1);
			for (int i = 0; i < cells.length; i++) {
				cells[i] = cells[i].strip();
			}
			rows.add(cells);
		}
		return rows;
	}

}
