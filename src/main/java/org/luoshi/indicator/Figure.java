package org.luoshi.indicator;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * One figure as entered, kept for ever: a revision adds a figure that names the one it
 * revises, and the latest per region and year is the current one.
 *
 * @param value the figure as entered, in its {@code form}: a level, or for a reduce- or
 * increase-by-percent indicator the year's rate or the change since the baseline year in
 * percent
 * @param illustrative demo data (示例数据), entered by the demo loader
 */
public record Figure(long id, long indicatorId, Long regionId, int year, BigDecimal value, FigureForm form,
		FigureStatus status, String source, String revisionReason, Long revisesId, String enteredBy,
		OffsetDateTime enteredAt, boolean current, boolean illustrative) {

}
