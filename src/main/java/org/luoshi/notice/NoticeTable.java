package org.luoshi.notice;

import java.util.stream.Collectors;

/**
 * The extraction as a plain-text table for reading in a terminal: one line per task, then
 * the warnings; its labels come from the message files in the language asked for.
 */
final class NoticeTable {

	private NoticeTable() {
	}

	static String write(NoticeDraft d, MessageFiles words) {
		StringBuilder out = new StringBuilder(32 * 1024);
		PlanOutline plan = d.plan();
		out.append((plan.startYear() != null)
				? words.text("notice.table.plan-period", nullToDash(plan.title()), plan.startYear(), plan.endYear())
				: words.text("notice.table.plan", nullToDash(plan.title())));
		out.append('\n');
		out.append(words.text("notice.table.issuer", nullToDash(d.issuer()), (d.date() == null) ? "—" : d.date()))
			.append('\n');
		out.append(words.text("notice.table.counts", d.chapters().size(), d.sectionCount(), d.tasks().count(),
				d.bindingIndicators().size(), d.distinctResponsible().size(), d.warnings().size()))
			.append("\n\n");
		out.append(String.format("%-9s %-6s %-5s %-12s %-40s %s%n", words.text("notice.table.id"),
				words.text("notice.table.line"), words.text("notice.table.mode"), words.text("notice.table.lead"),
				words.text("notice.table.responsible"), words.text("notice.table.task")));
		String openEnd = words.text("notice.table.open-ended");
		d.tasks()
			.forEach((t) -> out.append(String.format("%-9s %-6d %-5s %-12s %-40s %s%n", t.id(), t.line(),
					words.text("notice.table.mode." + t.mode().code()), nullToDash(t.lead()), names(t, openEnd),
					abbreviate(t.text(), 30))));
		if (!d.bindingIndicators().isEmpty()) {
			out.append('\n').append(words.text("notice.table.indicators")).append('\n');
			for (IndicatorDraft i : d.bindingIndicators()) {
				out.append(String.format("  %-24s %-18s %s %s%s%n", i.name(), i.kind().code(),
						i.target().stripTrailingZeros().toPlainString(), i.unit(),
						words.text("notice.table.indicator-of", i.targetYear(), i.taskId())));
			}
		}
		if (!d.warnings().isEmpty()) {
			out.append('\n').append(words.text("notice.table.warnings")).append('\n');
			for (ParseWarning w : d.warnings()) {
				out.append("  ")
					.append(words.text("notice.table.warning", w.line(), w.code(), words.text(w.text())))
					.append('\n');
			}
		}
		return out.toString();
	}

	private static String names(TaskDraft t, String openEnd) {
		String names = t.responsible().stream().map(ResponsibleOrganisation::name).collect(Collectors.joining("、"));
		return abbreviate(names + (t.openEnded() ? openEnd : ""), 40);
	}

	private static String abbreviate(String s, int max) {
		return (s.length() <= max) ? s : s.substring(0, max - 1) + "…";
	}

	private static String nullToDash(String s) {
		return (s == null) ? "—" : s;
	}

}
