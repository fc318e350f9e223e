package org.luoshi.reporting;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A reporting cycle: the plan and the period reported on (a year, a half-year or a
 * quarter), the deadline in the plan's time zone, who opened it and when, its timetable
 * and how many organisations report.
 *
 * @param illustrative the demo loader filled it in: its reports are demo data (示例数据)
 */
public record CycleView(long id, long planId, String planTitle, int year, OffsetDateTime deadline, String timeZone,
		OffsetDateTime openedAt, String openedBy, List<Milestone> timetable, int organisations, ReportingPeriod period,
		boolean illustrative) {

	public CycleView {
		timetable = List.copyOf(timetable);
	}

}
