package org.luoshi.evaluation;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

import org.luoshi.evaluation.AnnualReportModel.ChapterProgress;
import org.luoshi.evaluation.AnnualReportModel.TaskCounts;
import org.luoshi.evaluation.AnnualReportModel.TaskIssue;
import org.luoshi.indicator.OutlookVerdict;

/**
 * Everything the mid-term evaluation report (中期评估报告) says in numbers, assembled from the
 * data each time it is read: the share of the plan period passed by the end of the
 * mid-term year, every indicator's outlook to its target year under the indicator
 * module's rule, each chapter's tasks by the status the mid-term year's reports gave with
 * those not started, lagging or blocked named, and the revised targets proposed and
 * approved.
 *
 * @param year the mid-term year: the one the office set, else the half-way year
 * @param yearSet the office set the mid-term year
 * @param elapsedShare the share of the plan period passed by the end of the year
 * @param difficultyFactor the outlook rule's one parameter, stated with the rule
 * @param cycleYear the year whose reporting cycle gave the task statuses: the mid-term
 * year's, else the latest before it; null when none was opened
 * @param illustrative some of the figures or reports read are demo data (示例数据)
 * @param chapters each chapter's tasks by status, with those reported not started,
 * lagging or blocked named
 */
public record MidtermReportModel(long planId, String planTitle, String issuer, int startYear, int endYear, int year,
		boolean yearSet, double elapsedShare, double difficultyFactor, Integer cycleYear, boolean illustrative,
		OffsetDateTime assembledAt, Outlooks outlooks, List<OutlookRow> indicators, TaskCounts tasks,
		List<ChapterProgress> chapters, List<RevisionRow> revisions) {

	public MidtermReportModel {
		indicators = List.copyOf(indicators);
		chapters = List.copyOf(chapters);
		revisions = List.copyOf(revisions);
	}

	/** The indicators judged 难以完成 or 有难度, the unlikely first. */
	public List<OutlookRow> atRisk() {
		return java.util.stream.Stream
			.concat(this.indicators.stream().filter((r) -> r.verdict() == OutlookVerdict.UNLIKELY),
					this.indicators.stream().filter((r) -> r.verdict() == OutlookVerdict.DIFFICULT))
			.toList();
	}

	/** The tasks reported not started, lagging or blocked, chapter by chapter. */
	public List<TaskIssue> issues() {
		return this.chapters.stream().flatMap((c) -> c.issues().stream()).toList();
	}

	/** How many indicators have each outlook. */
	public record Outlooks(int indicators, int achievable, int difficult, int unlikely, int unknown) {
	}

	/**
	 * One indicator's outlook to its target year.
	 *
	 * @param target the target in force in the target year (a revised one once approved)
	 * @param latestYear the latest year with a figure up to the mid-term year; null
	 * without one
	 * @param level the level reached then (for a cumulative indicator the total so far)
	 * @param change for a reduce- or increase-by-percent indicator the change since the
	 * baseline year then, in percent
	 * @param progress share of the way from the baseline to the target then
	 * @param projectedLevel where the trend leads by the target year
	 * @param projectedChange the same as a change since the baseline year, in percent
	 * @param achievedRate the yearly rate from the baseline year to the latest figure
	 * @param requiredRate the yearly rate still required to the target year
	 */
	public record OutlookRow(long indicatorId, String name, boolean binding, String kind, String unit,
			BigDecimal target, int targetYear, Integer latestYear, Double level, Double change, Double progress,
			Double projectedLevel, Double projectedChange, Double achievedRate, Double requiredRate,
			OutlookVerdict verdict) {

		/** A reduce- or increase-by-percent indicator, whose rates are percentages. */
		public boolean byPercent() {
			return this.kind.endsWith("by-percent");
		}

	}

	/**
	 * A revised target: the target before it and the new one, from which year, why, and
	 * where it stands.
	 *
	 * @param before the target in force before the revision's year
	 * @param state proposed, approved or returned
	 * @param decidedBy the leader who approved or returned it; null while proposed
	 */
	public record RevisionRow(long revisionId, long indicatorId, String indicator, String unit, String kind,
			BigDecimal before, BigDecimal target, BigDecimal targetUpper, int fromYear, String reason, String state,
			String proposedBy, String decidedBy, String returnReason) {
	}

}
