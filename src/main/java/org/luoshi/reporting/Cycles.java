package org.luoshi.reporting;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.luoshi.plan.PlanOverview;
import org.luoshi.reporting.internal.Access;
import org.luoshi.reporting.internal.CycleStore;
import org.luoshi.reporting.internal.EntryStore;
import org.luoshi.reporting.internal.Participants;
import org.luoshi.reporting.internal.ReportStore;
import org.luoshi.reporting.internal.ReportViews;
import org.luoshi.reporting.internal.ReportingProperties;
import org.luoshi.reporting.internal.Schedules;
import org.luoshi.security.Actor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opening a reporting cycle and reading cycles. The office opens the cycle of a year: one
 * report per organisation that answers for a task of the plan, with an entry per task and
 * the indicator figures it owes, and a timetable — the opening, a reminder so many days
 * before the deadline, the deadline.
 */
@Service
@Transactional(readOnly = true)
public class Cycles {

	private final CycleStore cycles;

	private final ReportStore reports;

	private final EntryStore entries;

	private final Participants participants;

	private final ReportViews views;

	private final Schedules schedules;

	private final ReportingProperties properties;

	private final Access access;

	private final ApplicationEventPublisher events;

	Cycles(CycleStore cycles, ReportStore reports, EntryStore entries, Participants participants, ReportViews views,
			Schedules schedules, ReportingProperties properties, Access access, ApplicationEventPublisher events) {
		this.cycles = cycles;
		this.reports = reports;
		this.entries = entries;
		this.participants = participants;
		this.views = views;
		this.schedules = schedules;
		this.properties = properties;
		this.access = access;
		this.events = events;
	}

	/**
	 * @throws CycleRefusal naming why the cycle cannot open as asked
	 */
	@Transactional
	public CycleView open(long planId, CycleOpening opening) {
		Actor office = this.access.office(Step.RUN_CYCLE);
		PlanOverview plan = this.views.plan(planId);
		int year = opening.year();
		if (plan.startYear() != null && plan.endYear() != null && (year < plan.startYear() || year > plan.endYear())) {
			throw new CycleRefusal.YearOutsidePlan(year, plan.startYear(), plan.endYear());
		}
		ReportingSchedule schedule = this.schedules.of(planId);
		ReportingPeriod period = period(year, opening.period(), rhythm(plan, schedule));
		this.cycles.find(planId, period).ifPresent((c) -> {
			throw new CycleRefusal.CycleAlreadyOpen(period, c.id());
		});
		ZoneId zone = ZoneId.of(schedule.timeZone());
		LocalDateTime local = (opening.deadline() != null) ? opening.deadline() : due(plan, schedule, period);
		OffsetDateTime deadline = local.atZone(zone).toOffsetDateTime();
		OffsetDateTime now = OffsetDateTime.now(this.schedules.clock()).atZoneSameInstant(zone).toOffsetDateTime();
		if (!deadline.isAfter(now)) {
			throw new CycleRefusal.DeadlineNotInFuture(deadline);
		}
		Map<Long, Participants.Duties> duties = chosen(this.participants.of(planId), opening.organisationIds());
		long cycleId;
		try {
			cycleId = this.cycles.insert(planId, period, deadline, zone, office.username(), now);
		}
		catch (DuplicateKeyException ex) {
			throw new CycleRefusal.CycleAlreadyOpen(period, this.cycles.find(planId, period).orElseThrow().id());
		}
		timetable(cycleId, now, deadline, schedule.reminderDays(), zone);
		// set-based: the reports and their first transitions in batches, then every
		// entry and owed figure in batches — a round trip per thousand rows, not per row
		Map<Long, Long> reportIds = this.reports.insertAll(cycleId, List.copyOf(duties.keySet()), office.username(),
				now);
		List<EntryStore.NewEntry> newEntries = new ArrayList<>();
		List<EntryStore.NewOwed> owed = new ArrayList<>();
		for (Participants.Duties d : duties.values()) {
			long reportId = reportIds.get(d.organisationId());
			for (int i = 0; i < d.tasks().size(); i++) {
				Participants.Part part = d.tasks().get(i);
				newEntries
					.add(new EntryStore.NewEntry(reportId, part.taskId(), part.kind(), part.leadOrganisationId(), i));
			}
			// the year's figures come with the year's last report, not with every
			// quarter's
			for (int i = 0; period.closesYear() && i < d.indicators().size(); i++) {
				owed.add(new EntryStore.NewOwed(reportId, d.indicators().get(i), i));
			}
		}
		this.entries.insertAll(newEntries);
		this.entries.oweAll(owed);
		this.events.publishEvent(new CycleOpened(cycleId, planId, period, deadline, duties.size(), office.username()));
		return get(cycleId);
	}

	public CycleView get(long cycleId) {
		this.access.actor();
		return view(this.views.cycle(cycleId));
	}

	/**
	 * The cycle whose reports close the year — the whole year's, else its last half-year
	 * or quarter — which the yearly evaluation reads; empty while none is open.
	 */
	public java.util.Optional<CycleView> closingYear(long planId, int year) {
		this.access.actor();
		return this.cycles.ofYear(planId, year)
			.stream()
			.filter((c) -> c.period().closesYear())
			.findFirst()
			.map(this::view);
	}

	/**
	 * How often the plan's organisations report: as the office set it, else as the notice
	 * orders, else yearly.
	 */
	public ReportingPeriod.Rhythm rhythm(long planId) {
		this.access.actor();
		return rhythm(this.views.plan(planId), this.schedules.of(planId));
	}

	/** The plan's cycles, the latest period first. */
	public List<CycleView> ofPlan(long planId) {
		this.access.actor();
		this.views.plan(planId);
		return this.cycles.ofPlan(planId).stream().map(this::view).toList();
	}

	/** Every cycle of every plan, the latest opened first. */
	public List<CycleView> all() {
		this.access.actor();
		return this.cycles.all().stream().map(this::view).toList();
	}

	/** When the plan's cycles remind, and in which time zone its deadlines are set. */
	public ReportingSchedule schedule(long planId) {
		this.access.actor();
		this.views.plan(planId);
		return this.schedules.of(planId);
	}

	/**
	 * Sets the plan's reminder days and time zone for the cycles opened from now on, if
	 * the schedule is still at the version the office read (0 while on the defaults).
	 */
	@Transactional
	public ReportingSchedule setSchedule(long planId, Integer expectedVersion, List<Integer> reminderDays,
			String timeZone) {
		return setSchedule(planId, expectedVersion, reminderDays, timeZone, null, null);
	}

	/**
	 * Sets the reminder days, the time zone and, over what the notice orders, the rhythm
	 * (null: the notice's) and the days after a period's end its reports are due (null:
	 * the notice's or the default).
	 */
	@Transactional
	public ReportingSchedule setSchedule(long planId, Integer expectedVersion, List<Integer> reminderDays,
			String timeZone, String rhythm, Integer daysAfterPeriod) {
		Actor office = this.access.office(Step.RUN_CYCLE);
		this.views.plan(planId);
		ReportingSchedule saved = this.schedules.save(planId, expectedVersion, reminderDays, timeZone, rhythm,
				daysAfterPeriod, office.username());
		this.events.publishEvent(new ReportingScheduleChanged(planId, saved.reminderDays().toString(), saved.timeZone(),
				office.username()));
		return saved;
	}

	CycleView view(CycleStore.Cycle c) {
		return new CycleView(c.id(), c.planId(), this.views.plan(c.planId()).title(), c.year(), c.deadline(),
				c.zone().getId(), c.openedAt(), c.openedBy(), this.cycles.timetable(c.id(), c.zone()),
				this.reports.count(c.id()), c.period(), c.illustrative());
	}

	private static ReportingPeriod.Rhythm rhythm(PlanOverview plan, ReportingSchedule schedule) {
		ReportingPeriod.Rhythm set = ReportingPeriod.Rhythm.of(schedule.rhythm());
		if (set != null) {
			return set;
		}
		ReportingPeriod.Rhythm ordered = ReportingPeriod.Rhythm.of(plan.reportingFrequency());
		return (ordered != null) ? ordered : ReportingPeriod.Rhythm.YEARLY;
	}

	/**
	 * The period opened: the whole year, or the half-year or quarter named ({@code H1},
	 * {@code Q3}, or a whole code such as {@code 2011-Q3}); a plan reporting more often
	 * than yearly names which.
	 */
	private static ReportingPeriod period(int year, String named, ReportingPeriod.Rhythm rhythm) {
		if (named == null) {
			if (rhythm != ReportingPeriod.Rhythm.YEARLY) {
				throw new CycleRefusal.PeriodRequired(rhythm);
			}
			return ReportingPeriod.year(year);
		}
		String code = named.contains("-") ? named : year + "-" + named;
		ReportingPeriod period = named.equalsIgnoreCase("year") || named.equals(String.valueOf(year))
				? ReportingPeriod.year(year) : ReportingPeriod.parse(code);
		if (period.year() != year) {
			throw new CycleRefusal.UnknownPeriod(named);
		}
		return period;
	}

	/**
	 * When the period's reports are due: a year's on the day the notice orders (每年2月底前)
	 * of the next year, else the configured day; a half-year's or quarter's so many days
	 * after its last day (每季度末: 0, 季度结束后10日内: 10), as the office, the notice or the
	 * configuration says.
	 */
	private LocalDateTime due(PlanOverview plan, ReportingSchedule schedule, ReportingPeriod period) {
		if (period.rhythm() == ReportingPeriod.Rhythm.YEARLY) {
			java.time.MonthDay day = (plan.reportingDeadline() != null) ? plan.reportingDeadline()
					: this.properties.deadlineDay();
			return day.atYear(period.year() + 1).atTime(this.properties.deadlineTime());
		}
		Integer days = (schedule.daysAfterPeriod() != null) ? schedule.daysAfterPeriod()
				: (plan.reportingDaysAfterPeriod() != null) ? plan.reportingDaysAfterPeriod()
						: this.properties.daysAfterPeriod();
		return period.lastDay().plusDays(days).atTime(this.properties.deadlineTime());
	}

	private void timetable(long cycleId, OffsetDateTime now, OffsetDateTime deadline, List<Integer> days, ZoneId zone) {
		this.cycles.addMilestone(cycleId, Milestone.OPENING, null, now);
		for (int d : days) {
			OffsetDateTime at = deadline.atZoneSameInstant(zone)
				.toLocalDate()
				.minusDays(d)
				.atTime(this.properties.reminderTime())
				.atZone(zone)
				.toOffsetDateTime();
			// a reminder whose day has passed when the cycle opens is not sent late
			if (at.isAfter(now)) {
				this.cycles.addMilestone(cycleId, Milestone.REMINDER, d, at);
			}
		}
		this.cycles.addMilestone(cycleId, Milestone.DEADLINE, null, deadline);
	}

	private static Map<Long, Participants.Duties> chosen(Map<Long, Participants.Duties> all, List<Long> named) {
		if (all.isEmpty()) {
			throw new CycleRefusal.NoOneToReport();
		}
		if (named.isEmpty()) {
			return all;
		}
		Set<Long> wanted = new HashSet<>(named);
		wanted.stream().filter((id) -> !all.containsKey(id)).findFirst().ifPresent((id) -> {
			throw new CycleRefusal.OrganisationNotInPlan(id);
		});
		Map<Long, Participants.Duties> chosen = new LinkedHashMap<>();
		all.forEach((id, duties) -> {
			if (wanted.contains(id)) {
				chosen.put(id, duties);
			}
		});
		return chosen;
	}

}
