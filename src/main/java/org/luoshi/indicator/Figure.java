package org.luoshi.indicator;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * One figure as entered, kept for ever: a revision adds a figure that names the one it
 * revises, and the latest per region and year is the current one.
 */
public record Figure(long id, long indicatorId, Long regionId, int year, BigDecimal value, FigureStatus status,
		String source, String revisionReason, Long revisesId, String enteredBy, OffsetDateTime enteredAt,
		boolean current) {

}
