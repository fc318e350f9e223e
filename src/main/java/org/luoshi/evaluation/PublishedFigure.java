package org.luoshi.evaluation;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * One figure as a published report gave it, the row of the portal's open data: the
 * indicator, the region (the province, or a city of a decomposed indicator), the year,
 * the figure with its status, the level and progress assessed, the target, the expected
 * path's level and the verdict.
 *
 * @param region the city of a decomposed indicator; null for the indicator's own region
 * @param city whether the region is a city of a decomposed indicator
 * @param status preliminary, final or revised; null without a figure
 */
public record PublishedFigure(long reportId, long planId, int reportYear, long indicatorId, String indicator,
		boolean binding, String unit, String region, boolean city, int year, BigDecimal figure, String status,
		Double level, Double progress, BigDecimal target, Double expected, String verdict, OffsetDateTime publishedAt) {

}
