package org.luoshi.reporting.internal;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.luoshi.common.IfMatch;
import org.luoshi.reporting.CycleRefusal;
import org.luoshi.reporting.ReportingPeriod;
import org.luoshi.reporting.ReportingSchedule;
import org.luoshi.reporting.WorkflowRefusal;

import org.springframework.stereotype.Component;

/**
 * A plan's reminder days and time zone: as the office set them, or the configured
 * defaults (30, 7 and 1 days before the deadline; Asia/Shanghai).
 */
@Component
public class Schedules {

	private final ScheduleStore store;

	private final ReportingProperties properties;

	private final Clock clock;

	Schedules(ScheduleStore store, ReportingProperties properties, Clock clock) {
		this.store = store;
		this.properties = properties;
		this.clock = clock;
	}

	public Clock clock() {
		return this.clock;
	}

	public ReportingSchedule of(long planId) {
		return this.store.find(planId)
			.map((s) -> new ReportingSchedule(planId, days(s.reminderDays()), s.timeZone(), s.rhythm(),
					s.daysAfterPeriod(), s.version()))
			.orElseGet(() -> new ReportingSchedule(planId, this.properties.reminderDays(), this.properties.timeZone(),
					null, null, 0));
	}

	/**
	 * @throws CycleRefusal.ReminderDaysInvalid for days not from 1 to 366
	 * @throws CycleRefusal.UnknownTimeZone for a zone that does not exist
	 * @throws IfMatch.VersionRequired without the version read
	 */
	public ReportingSchedule save(long planId, Integer expectedVersion, List<Integer> days, String zone, String rhythm,
			Integer daysAfterPeriod, String actor) {
		if (expectedVersion == null) {
			throw new IfMatch.VersionRequired();
		}
		if (days == null || days.stream().anyMatch((d) -> d == null || d < 1 || d > 366)) {
			throw new CycleRefusal.ReminderDaysInvalid(String.valueOf(days));
		}
		try {
			ZoneId.of(zone);
		}
		catch (DateTimeException | NullPointerException ex) {
			throw new CycleRefusal.UnknownTimeZone(zone);
		}
		ReportingPeriod.Rhythm chosen = ReportingPeriod.Rhythm.of(rhythm);
		if (daysAfterPeriod != null && (daysAfterPeriod < 0 || daysAfterPeriod > 90)) {
			throw new CycleRefusal.DaysAfterPeriodInvalid(daysAfterPeriod);
		}
		String written = days.stream()
			.distinct()
			.sorted((a, b) -> b - a)
			.map(String::valueOf)
			.collect(Collectors.joining(","));
		if (!this.store.save(planId, written, zone, (chosen != null) ? chosen.code() : null, daysAfterPeriod,
				expectedVersion, actor, OffsetDateTime.now(this.clock))) {
			throw new CycleRefusal.ScheduleChangedMeanwhile(planId, expectedVersion, of(planId).version());
		}
		return of(planId);
	}

	private static List<Integer> days(String written) {
		return written.isBlank() ? List.of()
				: Arrays.stream(written.split(",")).map(String::strip).map(Integer::valueOf).toList();
	}

}
