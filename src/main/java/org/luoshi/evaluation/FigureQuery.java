package org.luoshi.evaluation;

/**
 * Which published figures to read; null fields do not filter.
 *
 * @param planId the plan
 * @param indicatorId one indicator
 * @param year the year of the figures
 */
public record FigureQuery(Long planId, Long indicatorId, Integer year) {

	public static FigureQuery all() {
		return new FigureQuery(null, null, null);
	}

}
