package org.luoshi.reporting;

import java.math.BigDecimal;

/**
 * An indicator figure a report owes for its year, and the one entered through it, if any.
 *
 * @param valueId the figure kept by the indicator module
 * @param form the form of the value: level, yearly-rate or cumulative-change
 */
public record FigureView(long indicatorId, String name, String unit, boolean binding, BigDecimal target, Long valueId,
		BigDecimal value, String status, String source, String form) {

}
