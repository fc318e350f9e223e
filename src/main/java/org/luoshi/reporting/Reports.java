package org.luoshi.reporting;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.luoshi.plan.TaskSummary;
import org.luoshi.reporting.internal.Access;
import org.luoshi.reporting.internal.AttachmentStore;
import org.luoshi.reporting.internal.EntryStore;
import org.luoshi.reporting.internal.Guard;
import org.luoshi.reporting.internal.ReportStore;
import org.luoshi.reporting.internal.ReportViews;
import org.luoshi.reporting.internal.VersionDiff;
import org.luoshi.reporting.internal.VersionStore;
import org.luoshi.security.Actor;
import org.luoshi.security.Role;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading reports: a user's to-do list, one report, the lead's consolidation of a shared
 * task, the steps a report took, its submitted versions and what changed between them. A
 * reporter or approver reads only its own organisation's reports; the office and leaders
 * read all.
 */
@Service
@Transactional(readOnly = true)
public class Reports {

	private final ReportStore reports;

	private final EntryStore entries;

	private final VersionStore versions;

	private final AttachmentStore attachments;

	private final ReportViews views;

	private final Guard guard;

	private final Access access;

	private final ApplicationEventPublisher events;

	Reports(ReportStore reports, EntryStore entries, VersionStore versions, AttachmentStore attachments,
			ReportViews views, Guard guard, Access access, ApplicationEventPublisher events) {
		this.events = events;
		this.reports = reports;
		this.entries = entries;
		this.versions = versions;
		this.attachments = attachments;
		this.views = views;
		this.guard = guard;
		this.access = access;
	}

	/**
	 * The reports of the user's organisation, newest cycle first, each with what it still
	 * lacks and how long is left; none for the office and leaders, who follow cycles.
	 */
	public List<ReportSummary> mine() {
		Actor actor = this.access.actor();
		if (actor.organisationId() == null) {
			return List.of();
		}
		List<ReportSummary> summaries = new ArrayList<>();
		for (ReportStore.Report r : this.reports.ofOrganisation(actor.organisationId())) {
			ReportView view = this.views.view(this.views.load(r.id()), false);
			long left = Duration.between(this.guard.now(), view.dueAt()).toSeconds();
			summaries.add(new ReportSummary(view.id(), view.cycleId(), view.year(), view.planTitle(),
					view.organisationId(), view.organisationName(), view.state(), view.dueAt(), left,
					view.entries().size(), view.missing(), view.period(), view.illustrative()));
		}
		return summaries;
	}

	/**
	 * @throws ReportingRefusal.NotYourOrganisation for another organisation's report
	 */
	public ReportView get(long id) {
		ReportViews.Loaded loaded = this.views.load(id);
		Actor actor = this.access.read(id, loaded.report().organisationId());
		boolean editable = actor.role() == Role.REPORTER && this.views.open(loaded);
		return this.views.view(loaded, editable);
	}

	/**
	 * A task the report's organisation leads with others: its entry and every
	 * co-responsible organisation's input as last submitted, side by side.
	 * @throws DraftRefusal.NotTheLead when the organisation does not lead the task with
	 * others
	 */
	public ConsolidationView consolidation(long reportId, long taskId) {
		ReportViews.Loaded loaded = this.views.load(reportId);
		Actor actor = this.access.read(reportId, loaded.report().organisationId());
		EntryStore.Entry lead = this.entries.find(reportId, taskId)
			.orElseThrow(() -> new DraftRefusal.TaskNotInReport(taskId));
		Map<Long, TaskSummary> tasks = this.views.tasks(List.of(taskId));
		TaskSummary task = this.views.task(tasks, taskId);
		if (lead.kind() != EntryKind.LEAD) {
			throw new DraftRefusal.NotTheLead(task.code());
		}
		List<Contribution> contributions = new ArrayList<>();
		List<String> awaiting = new ArrayList<>();
		for (long contributor : this.views.contributors(loaded.cycle().id(), loaded.report().organisationId(),
				taskId)) {
			ReportStore.Report other = this.reports.find(contributor).orElseThrow();
			String name = this.views.organisationName(other.organisationId());
			this.versions.latest(contributor, loaded.cycle().zone())
				.flatMap((v) -> v.snapshot()
					.entries()
					.stream()
					.filter((e) -> e.taskId() == taskId)
					.findFirst()
					.map((e) -> new Contribution(other.organisationId(), name, other.state(), v.number(),
							v.submittedAt(), e.status(), e.done(), e.figures(), e.problems(), e.nextSteps())))
				.ifPresentOrElse(contributions::add, () -> awaiting.add(name));
		}
		boolean editable = actor.role() == Role.REPORTER && this.views.open(loaded);
		return new ConsolidationView(reportId, loaded.report().version(), editable,
				this.views.entry(loaded, lead, task, contributions.size()), contributions, awaiting);
	}

	public List<Transition> transitions(long id) {
		ReportViews.Loaded loaded = readable(id);
		return this.reports.transitions(id, loaded.cycle().zone());
	}

	/** Every submitted version, oldest first. */
	public List<VersionInfo> versions(long id) {
		ReportViews.Loaded loaded = readable(id);
		return this.versions.list(id, loaded.cycle().zone());
	}

	/** One submitted version with its snapshot. */
	public VersionInfo version(long id, int number) {
		ReportViews.Loaded loaded = readable(id);
		return this.versions.get(id, number, loaded.cycle().zone())
			.orElseThrow(() -> new DraftRefusal.VersionNotFound(number));
	}

	/** What changed from the version before {@code number} to it, field by field. */
	public VersionComparison comparison(long id, int number) {
		VersionInfo later = version(id, number);
		VersionInfo earlier = (number > 1) ? version(id, number - 1) : null;
		return new VersionComparison(id, (earlier != null) ? earlier.number() : 0, number,
				VersionDiff.between((earlier != null) ? earlier.snapshot() : null, later.snapshot()));
	}

	public AttachmentFile attachment(long id, long attachmentId) {
		ReportViews.Loaded loaded = readable(id);
		AttachmentInfo info = this.attachments.find(id, attachmentId, loaded.cycle().zone())
			.orElseThrow(() -> new DraftRefusal.AttachmentNotFound(attachmentId));
		AttachmentFile file = new AttachmentFile(info, this.attachments.content(attachmentId));
		this.events.publishEvent(new AttachmentDownloaded(id, attachmentId, info.fileName(), file.content().length,
				this.access.actor().username()));
		return file;
	}

	/** The time the application takes as now, for countdowns. */
	public OffsetDateTime now() {
		return this.guard.now();
	}

	private ReportViews.Loaded readable(long id) {
		ReportViews.Loaded loaded = this.views.load(id);
		this.access.read(id, loaded.report().organisationId());
		return loaded;
	}

}
