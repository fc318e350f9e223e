package org.luoshi.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * One imported plan as the home page lists it: title, period, who issued the division
 * notice and when, and its chapters with their section and task counts.
 */
public record PlanOverview(long id, String title, Integer startYear, Integer endYear, String issuer, LocalDate issuedOn,
		List<ChapterOverview> chapters) {

	public PlanOverview {
		chapters = List.copyOf(chapters);
	}

	public int taskCount() {
		return chapters.stream().mapToInt(ChapterOverview::taskCount).sum();
	}

	public int sectionCount() {
		return chapters.stream().mapToInt(ChapterOverview::sectionCount).sum();
	}

}
