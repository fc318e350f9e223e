package org.luoshi.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * One imported plan as the home page lists it: title, period, who issued the division
 * notice and when, its chapters with their section and task counts, and the yearly
 * reporting deadline the notice orders (null when it states none).
 */
public record PlanOverview(long id, String title, Integer startYear, Integer endYear, String issuer, LocalDate issuedOn,
		List<ChapterOverview> chapters, java.time.MonthDay reportingDeadline) {

	public PlanOverview {
		chapters = List.copyOf(chapters);
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
