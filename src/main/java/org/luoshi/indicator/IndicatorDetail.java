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
 * @param standings where it stood in each year with a figure, under the target in force
 * that year, oldest first
 * @param targets the targets it has been held to, oldest first: the notice's, then each
 * approved revision from its year
 * @param revisions every revision proposed, approved or returned, oldest first
 */
public record IndicatorDetail(IndicatorSummary indicator, List<PathPoint> path, boolean pathInChange,
		Projection projection, List<Figure> figures, List<IndicatorStanding> standings, List<TargetVersion> targets,
		List<TargetRevision> revisions) {

	public IndicatorDetail {
		path = List.copyOf(path);
		figures = List.copyOf(figures);
		standings = List.copyOf(standings);
		targets = List.copyOf(targets);
		revisions = List.copyOf(revisions);
	}

}
