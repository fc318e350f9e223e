package org.luoshi.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * One imported plan as the home page lists it: title, period, who issued the division
 * notice and when, its chapters with their section and task counts, and the reporting the
 * notice orders: the yearly deadline (null when it states none), how often (yearly,
 * half-yearly, quarterly; null when it says nothing) and, for the shorter rhythms, how
 * many days after a period's last day a report is due (null when it says nothing).
 */
public record PlanOverview(long id, String title, Integer startYear, Integer endYear, String issuer, LocalDate issuedOn,
		List<ChapterOverview> chapters, java.time.MonthDay reportingDeadline, String reportingFrequency,
		Integer reportingDaysAfterPeriod) {

	public PlanOverview {
		chapters = List.copyOf(chapters);
	}

	/** A plan whose notice orders yearly reports, due on the day it says (or none). */
	public PlanOverview(long id, String title, Integer startYear, Integer endYear, String issuer, LocalDate issuedOn,
			List<ChapterOverview> chapters, java.time.MonthDay reportingDeadline) {
		this(id, title, startYear, endYear, issuer, issuedOn, chapters, reportingDeadline, null, null);
	}

	/** A plan whose notice states no yearly reporting deadline. */
	public PlanOverview(long id, String title, Integer startYear, Integer endYear, String issuer, LocalDate issuedOn,
			List<ChapterOverview> chapters) {
		this(id, title, startYear, endYear, issuer, issuedOn, chapters, null);
	}

	public int taskCount() {
		return chapters.stream().mapToInt(ChapterOverview::taskCount).sum();
	}

	public int sectionCount() {
		return chapters.stream().mapToInt(ChapterOverview::sectionCount).sum();
	}

}
