package org.luoshi.indicator;

import java.util.List;

/**
 * One indicator with everything its page shows: the summary, the expected path year by
 * year against the figures, the projection to the target year, and every figure entered
 * for its own region, revisions included.
 *
 * @param pathInChange the path is the change since the baseline year in percent rather
 * than the level: a reduce- or increase-by-percent indicator known by its rates without a
 * baseline level
 */
public record IndicatorDetail(IndicatorSummary indicator, List<PathPoint> path, boolean pathInChange,
		Projection projection, List<Figure> figures) {

	public IndicatorDetail {
		path = List.copyOf(path);
		figures = List.copyOf(figures);
	}

}
