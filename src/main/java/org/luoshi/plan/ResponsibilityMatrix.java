package org.luoshi.plan;

import java.util.List;

/**
 * Organisation × chapter: how many tasks each organisation answers for in each chapter of
 * a plan.
 *
 * @param chapters the chapters in order (number and title)
 * @param rows one per organisation, most tasks first
 */
public record ResponsibilityMatrix(List<ChapterOverview> chapters, List<Row> rows) {

	public ResponsibilityMatrix {
		chapters = List.copyOf(chapters);
		rows = List.copyOf(rows);
	}

	/**
	 * @param organisationId the organisation
	 * @param name its name
	 * @param counts tasks per chapter, in the order of {@code chapters}
	 * @param leads how many of them it leads
	 */
	public record Row(long organisationId, String name, List<Integer> counts, int leads) {

		public Row {
			counts = List.copyOf(counts);
		}

		public int total() {
			return counts.stream().mapToInt(Integer::intValue).sum();
		}

	}

}
