package org.luoshi.reporting;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.luoshi.reporting.internal.Access;
import org.luoshi.reporting.internal.CycleStore;
import org.luoshi.reporting.internal.Guard;
import org.luoshi.reporting.internal.ReportStore;
import org.luoshi.reporting.internal.MilestoneAnswerStore;
import org.luoshi.reporting.internal.ReportViews;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where a cycle stands, for the office and leaders: every organisation's report with its
 * state and due date, the overdue list, and each organisation's timeliness — on time,
 * late by N days or missing — as of now.
 */
@Service
@Transactional(readOnly = true)
public class CycleProgress {

	private final ReportViews views;

	private final ReportStore reports;

	private final Cycles cycles;

	private final Guard guard;

	private final Access access;

	private final MilestoneAnswerStore answers;

	CycleProgress(ReportViews views, ReportStore reports, Cycles cycles, Guard guard, Access access,
			MilestoneAnswerStore answers) {
		this.answers = answers;
		this.views = views;
		this.reports = reports;
		this.cycles = cycles;
		this.guard = guard;
		this.access = access;
	}

	public CycleDashboard dashboard(long cycleId) {
		this.access.overseer();
		CycleStore.Cycle cycle = this.views.cycle(cycleId);
		OffsetDateTime now = this.guard.now().atZoneSameInstant(cycle.zone()).toOffsetDateTime();
		List<OrganisationProgress> rows = new ArrayList<>();
		List<ReportStore.Report> reports = this.reports.ofCycle(cycleId);
		Map<Long, Integer> lagging = this.answers.laggingByRule(cycleId);
		Map<Long, String> names = this.views
			.organisationNames(reports.stream().map(ReportStore.Report::organisationId).toList());
		for (ReportStore.Report r : reports) {
			String name = names.containsKey(r.organisationId()) ? names.get(r.organisationId())
					: this.views.organisationName(r.organisationId());
			OffsetDateTime due = r.due(cycle.deadline()).atZoneSameInstant(cycle.zone()).toOffsetDateTime();
			rows.add(new OrganisationProgress(r.id(), r.organisationId(), name, r.state(),
					zoned(r.firstSubmittedAt(), cycle), zoned(r.lastSubmittedAt(), cycle), due,
					r.state() == ReportState.DRAFT && now.isAfter(due), r.dueAt() != null,
					Timeliness.of(r.organisationId(), name, cycle.deadline(), zoned(r.firstSubmittedAt(), cycle), now),
					lagging.getOrDefault(r.organisationId(), 0)));
		}
		return new CycleDashboard(this.cycles.view(cycle), now, rows);
	}

	/** The organisations whose report is still a draft after its due date. */
	public List<OrganisationProgress> overdue(long cycleId) {
		return dashboard(cycleId).organisations().stream().filter(OrganisationProgress::overdue).toList();
	}

	/** Every organisation's timeliness: the figure the responsibility assessment uses. */
	public List<Timeliness> timeliness(long cycleId) {
		return dashboard(cycleId).organisations().stream().map(OrganisationProgress::timeliness).toList();
	}

	private static OffsetDateTime zoned(OffsetDateTime at, CycleStore.Cycle cycle) {
		return (at != null) ? at.atZoneSameInstant(cycle.zone()).toOffsetDateTime() : null;
	}

}
