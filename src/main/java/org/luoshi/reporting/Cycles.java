package org.luoshi.reporting;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
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
		this.cycles.find(planId, year).ifPresent((c) -> {
			throw new CycleRefusal.CycleAlreadyOpen(year, c.id());
		});
		ReportingSchedule schedule = this.schedules.of(planId);
		ZoneId zone = ZoneId.of(schedule.timeZone());
		// the day the notice orders (每年2月底前), else the configured default
		java.time.MonthDay day = (plan.reportingDeadline() != null) ? plan.reportingDeadline()
				: this.properties.deadlineDay();
		LocalDateTime local = (opening.deadline() != null) ? opening.deadline()
				: day.atYear(year + 1).atTime(this.properties.deadlineTime());
		OffsetDateTime deadline = local.atZone(zone).toOffsetDateTime();
		OffsetDateTime now = OffsetDateTime.now(this.schedules.clock()).atZoneSameInstant(zone).toOffsetDateTime();
		if (!deadline.isAfter(now)) {
			throw new CycleRefusal.DeadlineNotInFuture(deadline);
		}
		Map<Long, Participants.Duties> duties = chosen(this.participants.of(planId), opening.organisationIds());
		long cycleId;
		try {
			cycleId = this.cycles.insert(planId, year, deadline, zone, office.username(), now);
		}
		catch (DuplicateKeyException ex) {
			throw new CycleRefusal.CycleAlreadyOpen(year, this.cycles.find(planId, year).orElseThrow().id());
		}
		timetable(cycleId, now, deadline, schedule.reminderDays(), zone);
		for (Participants.Duties d : duties.values()) {
			long reportId = this.reports.insert(cycleId, d.organisationId(), now);
			this.reports.addTransition(reportId, null, ReportState.DRAFT, null, office.username(), now);
			for (int i = 0; i < d.tasks().size(); i++) {
				Participants.Part part = d.tasks().get(i);
				this.entries.insert(reportId, part.taskId(), part.kind(), part.leadOrganisationId(), i);
			}
			for (int i = 0; i < d.indicators().size(); i++) {
				this.entries.owe(reportId, d.indicators().get(i), i);
			}
		}
		this.events.publishEvent(new CycleOpened(cycleId, planId, year, deadline, duties.size(), office.username()));
		return get(cycleId);
	}

	public CycleView get(long cycleId) {
		this.access.actor();
		return view(this.views.cycle(cycleId));
	}

	/** The plan's cycles, the latest year first. */
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
		Actor office = this.access.office(Step.RUN_CYCLE);
		this.views.plan(planId);
		ReportingSchedule saved = this.schedules.save(planId, expectedVersion, reminderDays, timeZone,
				office.username());
		this.events.publishEvent(new ReportingScheduleChanged(planId, saved.reminderDays().toString(), saved.timeZone(),
				office.username()));
		return saved;
	}

	CycleView view(CycleStore.Cycle c) {
		return new CycleView(c.id(), c.planId(), this.views.plan(c.planId()).title(), c.year(), c.deadline(),
				c.zone().getId(), c.openedAt(), c.openedBy(), this.cycles.timetable(c.id(), c.zone()),
				this.reports.count(c.id()), c.illustrative());
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
