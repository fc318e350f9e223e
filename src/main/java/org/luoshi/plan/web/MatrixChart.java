package org.luoshi.plan.web;

import java.util.ArrayList;
import java.util.List;

import org.luoshi.plan.ChapterOverview;
import org.luoshi.plan.ResponsibilityMatrix;

/**
 * The responsibility matrix as the heatmap draws it: organisations down the side (most
 * tasks first), chapters across, and one cell {@code [chapter index, organisation index,
 * tasks]} for every pair that shares a task; with the ids a click needs to open the
 * overview narrowed to that organisation and chapter.
 */
public record MatrixChart(List<String> organisations, List<Long> organisationIds, List<String> chapters,
		List<Integer> chapterNumbers, List<List<Integer>> cells, int most) {

	static MatrixChart of(ResponsibilityMatrix matrix) {
		List<List<Integer>> cells = new ArrayList<>();
		int most = 0;
		for (int y = 0; y < matrix.rows().size(); y++) {
			List<Integer> counts = matrix.rows().get(y).counts();
			for (int x = 0; x < counts.size(); x++) {
				if (counts.get(x) > 0) {
					cells.add(List.of(x, y, counts.get(x)));
					most = Math.max(most, counts.get(x));
				}
			}
		}
		return new MatrixChart(matrix.rows().stream().map(ResponsibilityMatrix.Row::name).toList(),
				matrix.rows().stream().map(ResponsibilityMatrix.Row::organisationId).toList(),
				matrix.chapters().stream().map(ChapterOverview::title).toList(),
				matrix.chapters().stream().map(ChapterOverview::number).toList(), cells, most);
	}

}
