package org.luoshi.notice;

import java.util.stream.Collectors;

/**
 * The extraction as a plain-text table for reading in a terminal: one line per task, then
 * the warnings.
 */
final class NoticeTable {

	private NoticeTable() {
	}

	static String write(NoticeDraft d) {
		StringBuilder out = new StringBuilder(32 * 1024);
		PlanOutline plan = d.plan();
		out.append("规划：").append(nullToDash(plan.title()));
		if (plan.startYear() != null) {
			out.append("（").append(plan.startYear()).append("—").append(plan.endYear()).append("）");
		}
		out.append('\n');
		out.append("发文：")
			.append(nullToDash(d.issuer()))
			.append("  ")
			.append(d.date() == null ? "—" : d.date())
			.append('\n');
		out.append("章 ")
			.append(d.chapters().size())
			.append("  节 ")
			.append(d.sectionCount())
			.append("  任务 ")
			.append(d.tasks().count())
			.append("  约束性指标 ")
			.append(d.bindingIndicators().size())
			.append("  责任单位 ")
			.append(d.distinctResponsible().size())
			.append("  提示 ")
			.append(d.warnings().size())
			.append("\n\n");
		out.append(String.format("%-9s %-6s %-5s %-12s %-40s %s%n", "编号", "行", "方式", "牵头", "责任单位", "任务"));
		d.tasks()
			.forEach(t -> out.append(String.format("%-9s %-6d %-5s %-12s %-40s %s%n", t.id(), t.line(), mode(t.mode()),
					nullToDash(t.lead()), names(t), abbreviate(t.text(), 30))));
		if (!d.bindingIndicators().isEmpty()) {
			out.append("\n约束性指标\n");
			for (IndicatorDraft i : d.bindingIndicators()) {
				out.append(String.format("  %-24s %-18s %s %s（%s年，任务 %s）%n", i.name(), i.kind().code(),
						i.target().stripTrailingZeros().toPlainString(), i.unit(), i.targetYear(), i.taskId()));
			}
		}
		if (!d.warnings().isEmpty()) {
			out.append("\n提示\n");
			for (ParseWarning w : d.warnings()) {
				out.append("  第")
					.append(w.line())
					.append("行 [")
					.append(w.code())
					.append("] ")
					.append(w.message())
					.append('\n');
			}
		}
		return out.toString();
	}

	private static String names(TaskDraft t) {
		String names = t.responsible().stream().map(ResponsibleOrganisation::name).collect(Collectors.joining("、"));
		return abbreviate(names + (t.openEnded() ? "等" : ""), 40);
	}

	private static String mode(ResponsibilityMode mode) {
		return switch (mode) {
			case LEAD -> "牵头";
			case RESPONSIBLE -> "负责";
			case BY_DUTY -> "分工";
		};
	}

	private static String abbreviate(String s, int max) {
		return s.length() <= max ? s : s.substring(0, max - 1) + "…";
	}

	private static String nullToDash(String s) {
		return s == null ? "—" : s;
	}

}
