package org.luoshi.reporting.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.luoshi.indicator.IndicatorSummary;
import org.luoshi.indicator.IndicatorFigures;
import org.luoshi.indicator.Indicators;
import org.luoshi.indicator.Figure;
import org.luoshi.organisation.OrganisationDirectory;
import org.luoshi.plan.PlanOverview;
import org.luoshi.plan.PlanRegister;
import org.luoshi.plan.TaskSummary;
import org.luoshi.reporting.EntryKind;
import org.luoshi.reporting.EntryView;
import org.luoshi.reporting.EntryStatus;
import org.luoshi.reporting.MilestoneAnswer;
import org.luoshi.reporting.FigureView;
import org.luoshi.reporting.Missing;
import org.luoshi.reporting.ReportState;
import org.luoshi.reporting.ReportView;
import org.luoshi.reporting.ReportingRefusal;

import org.springframework.stereotype.Component;

/**
 * Reports as screens and the API show them: tasks with their code and words, names of
 * organisations, the figures owed with the value entered, and what is still missing
 * before the report can be submitted.
 */
@Component
public class ReportViews {

	/** A report with its cycle, read together. */
	public record Loaded(ReportStore.Report report, CycleStore.Cycle cycle) {

		public OffsetDateTime due() {
			return this.report.due(this.cycle.deadline()).atZoneSameInstant(this.cycle.zone()).toOffsetDateTime();
		}

	}

	private final CycleStore cycles;

	private final ReportStore reports;

	private final EntryStore entries;

	private final AttachmentStore attachments;

	private final PlanRegister register;

	private final OrganisationDirectory directory;

	private final Indicators indicators;

	private final IndicatorFigures values;

	private final Clock clock;

	private final MilestoneAnswers milestones;

	ReportViews(CycleStore cycles, ReportStore reports, EntryStore entries, AttachmentStore attachments,
			PlanRegister register, OrganisationDirectory directory, Indicators indicators, IndicatorFigures values,
			Clock clock, MilestoneAnswers milestones) {
		this.cycles = cycles;
		this.reports = reports;
		this.entries = entries;
		this.attachments = attachments;
		this.register = register;
		this.directory = directory;
		this.indicators = indicators;
		this.values = values;
		this.clock = clock;
		this.milestones = milestones;
	}

	public Loaded load(long reportId) {
		ReportStore.Report report = this.reports.find(reportId)
			.orElseThrow(() -> new ReportingRefusal.ReportNotFound(reportId));
		return new Loaded(report, cycle(report.cycleId()));
	}

	public CycleStore.Cycle cycle(long cycleId) {
		return this.cycles.find(cycleId).orElseThrow(() -> new ReportingRefusal.CycleNotFound(cycleId));
	}

	public String organisationName(long id) {
		return this.directory.get(id).name();
	}

	/**
	 * The names of these organisations by id, read at once for a page listing many of
	 * them (never the whole directory).
	 */
	public Map<Long, String> organisationNames(Collection<Long> ids) {
		Map<Long, String> names = new HashMap<>();
		List<Long> distinct = ids.stream().distinct().toList();
		for (int from = 0; from < distinct.size(); from += NAMES_AT_ONCE) {
			this.directory.getAll(distinct.subList(from, Math.min(distinct.size(), from + NAMES_AT_ONCE)))
				.forEach((o) -> names.put(o.id(), o.name()));
		}
		return names;
	}

	public PlanOverview plan(long planId) {
		return this.register.plan(planId);
	}

	/** These tasks by id, read at once, those a revision removed included. */
	public Map<Long, TaskSummary> tasks(Collection<Long> taskIds) {
		Map<Long, TaskSummary> tasks = new HashMap<>();
		this.register.tasks(taskIds).forEach((t) -> tasks.put(t.id(), t));
		return tasks;
	}

	private static final int NAMES_AT_ONCE = 1000;

	public ReportView view(Loaded loaded, boolean editable) {
		ReportStore.Report r = loaded.report();
		CycleStore.Cycle c = loaded.cycle();
		List<EntryStore.Entry> entries = this.entries.ofReport(r.id());
		Map<Long, TaskSummary> tasks = tasks(entries.stream().map(EntryStore.Entry::taskId).toList());
		Map<Long, String> leads = organisationNames(
				entries.stream().map(EntryStore.Entry::leadOrganisationId).filter(java.util.Objects::nonNull).toList());
		Map<Long, List<MilestoneAnswer>> milestones = this.milestones.of(c, r);
		Map<Long, Integer> submitted = this.entries.submittedContributions(c.id(), r.organisationId());
		List<EntryView> entryViews = new ArrayList<>();
		for (EntryStore.Entry e : entries) {
			int contributions = (e.kind() == EntryKind.LEAD) ? submitted.getOrDefault(e.taskId(), 0) : 0;
			entryViews.add(entry(e, task(tasks, e.taskId()), leads, contributions, c.zone(),
					milestones.getOrDefault(e.taskId(), List.of())));
		}
		List<FigureView> figures = figures(c, r.id());
		return new ReportView(r.id(), c.id(), c.planId(), plan(c.planId()).title(), c.year(), r.organisationId(),
				organisationName(r.organisationId()), r.state(), r.version(), c.deadline(), loaded.due(),
				r.exceptionReason(), r.returnedNote(), editable, inZone(r.firstSubmittedAt(), c), entryViews, figures,
				this.attachments.ofReport(r.id(), c.zone()), missing(entryViews, figures), c.period(),
				c.illustrative());
	}

	/** An entry of a loaded report with the milestones due in its period. */
	public EntryView entry(Loaded loaded, EntryStore.Entry e, TaskSummary task, int contributions) {
		return entry(e, task, Map.of(), contributions, loaded.cycle().zone(),
				this.milestones.of(loaded.cycle(), loaded.report()).getOrDefault(e.taskId(), List.of()));
	}

	public EntryView entry(EntryStore.Entry e, TaskSummary task, int contributions, java.time.ZoneId zone) {
		return entry(e, task, Map.of(), contributions, zone, List.of());
	}

	/**
	 * An entry, its lead named from the names given, else looked up, with the milestones
	 * due in its period.
	 */
	public EntryView entry(EntryStore.Entry e, TaskSummary task, Map<Long, String> names, int contributions,
			java.time.ZoneId zone, List<MilestoneAnswer> milestones) {
		Long leadId = e.leadOrganisationId();
		String lead = (leadId == null) ? null
				: names.containsKey(leadId) ? names.get(leadId) : organisationName(leadId);
		OffsetDateTime updated = (e.updatedAt() != null) ? e.updatedAt().atZoneSameInstant(zone).toOffsetDateTime()
				: null;
		boolean lagging = milestones.stream().anyMatch(MilestoneAnswer::overdue);
		return new EntryView(e.taskId(), task.code(), task.text(), e.kind(), lead, e.status(), e.done(), e.figures(),
				e.problems(), e.nextSteps(), e.consolidated(), contributions, e.revision(), e.updatedBy(), updated,
				milestones, lagging ? EntryStatus.LAGGING : e.status());
	}

	public TaskSummary task(Map<Long, TaskSummary> tasks, long taskId) {
		TaskSummary task = tasks.get(taskId);
		return (task != null) ? task : task(taskId);
	}

	public TaskSummary task(long taskId) {
		return this.register.task(taskId).summary();
	}

	/** The reports that contribute to a lead's task and have submitted at least once. */
	public List<Long> contributors(long cycleId, long leadOrganisationId, long taskId) {
		return this.entries.contributingReports(cycleId, leadOrganisationId, taskId);
	}

	public List<FigureView> figures(CycleStore.Cycle cycle, long reportId) {
		List<EntryStore.Owed> owed = this.entries.owed(reportId);
		if (owed.isEmpty()) {
			return List.of();
		}
		Map<Long, IndicatorSummary> byId = new HashMap<>();
		this.indicators.ofPlan(cycle.planId()).forEach((i) -> byId.put(i.id(), i));
		Map<Long, Figure> entered = new HashMap<>();
		this.values.figures(owed.stream().map(EntryStore.Owed::valueId).filter(java.util.Objects::nonNull).toList())
			.forEach((f) -> entered.put(f.id(), f));
		List<FigureView> figures = new ArrayList<>();
		for (EntryStore.Owed o : owed) {
			IndicatorSummary i = byId.get(o.indicatorId());
			Optional<Figure> value = Optional.ofNullable((o.valueId() != null) ? entered.get(o.valueId()) : null)
				.filter((f) -> f.indicatorId() == o.indicatorId());
			figures.add(new FigureView(o.indicatorId(), i.name(), i.unit(), i.binding(), i.target(),
					value.map(Figure::id).orElse(null), value.map(Figure::value).orElse(null),
					value.map((f) -> f.status().code()).orElse(null), value.map(Figure::source).orElse(null),
					value.map((f) -> f.form().code()).orElse(null)));
		}
		return figures;
	}

	static List<Missing> missing(List<EntryView> entries, List<FigureView> figures) {
		List<Missing> missing = new ArrayList<>();
		for (EntryView e : entries) {
			if (e.status() == null) {
				missing.add(new Missing(Missing.STATUS, e.code(), e.taskId(), null));
			}
			if (e.milestones().stream().anyMatch((m) -> m.outcome() == null)) {
				missing.add(new Missing(Missing.MILESTONE, e.code(), e.taskId(), null));
			}
			if (blank(e.done())) {
				missing.add(new Missing(Missing.DONE, e.code(), e.taskId(), null));
			}
			if (e.kind() == EntryKind.LEAD && e.contributions() > 0 && blank(e.consolidated())) {
				missing.add(new Missing(Missing.CONSOLIDATION, e.code(), e.taskId(), null));
			}
		}
		for (FigureView f : figures) {
			if (f.valueId() == null) {
				missing.add(new Missing(Missing.FIGURE, f.name(), null, f.indicatorId()));
			}
		}
		return missing;
	}

	static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	static OffsetDateTime inZone(OffsetDateTime at, CycleStore.Cycle cycle) {
		return (at != null) ? at.atZoneSameInstant(cycle.zone()).toOffsetDateTime() : null;
	}

	/** Whether a report may still be written: a draft before its due date. */
	public boolean open(Loaded loaded) {
		return loaded.report().state() == ReportState.DRAFT
				&& !OffsetDateTime.now(this.clock).isAfter(loaded.report().due(loaded.cycle().deadline()));
	}

}
