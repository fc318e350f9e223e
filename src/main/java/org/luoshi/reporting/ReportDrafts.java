package org.luoshi.reporting;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import org.luoshi.indicator.IndicatorFigures;
import org.luoshi.indicator.FigureInput;
import org.luoshi.indicator.Figure;
import org.luoshi.plan.TaskSummary;
import org.luoshi.reporting.internal.Access;
import org.luoshi.reporting.internal.AttachmentStore;
import org.luoshi.reporting.internal.AttachmentTypes;
import org.luoshi.reporting.internal.EntryStore;
import org.luoshi.reporting.internal.Guard;
import org.luoshi.reporting.internal.MilestoneAnswerStore;
import org.luoshi.reporting.internal.MilestoneAnswers;
import org.luoshi.reporting.internal.ReportViews;
import org.luoshi.reporting.internal.ReportingProperties;
import org.luoshi.security.Actor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reporter's writing while the report is a draft before its due date: an entry saved
 * as it is typed, the lead's consolidated account, an indicator figure (entered through
 * the indicator module, checked as every figure is), an attachment. Every write names the
 * version of the report it was made on and moves the report to the next one.
 */
@Service
@Transactional
public class ReportDrafts {

	/** Longest text a field of an entry keeps. */
	public static final int TEXT_LIMIT = 20_000;

	/** Longest evidence a milestone's answer keeps. */
	public static final int EVIDENCE_LIMIT = 2_000;

	private final ReportViews views;

	private final EntryStore entries;

	private final AttachmentStore attachments;

	private final IndicatorFigures values;

	private final Guard guard;

	private final Access access;

	private final ReportingProperties properties;

	private final ApplicationEventPublisher events;

	private final MilestoneAnswers milestones;

	private final MilestoneAnswerStore answers;

	ReportDrafts(ReportViews views, EntryStore entries, AttachmentStore attachments, IndicatorFigures values,
			Guard guard, Access access, ReportingProperties properties, ApplicationEventPublisher events,
			MilestoneAnswers milestones, MilestoneAnswerStore answers) {
		this.views = views;
		this.entries = entries;
		this.attachments = attachments;
		this.values = values;
		this.guard = guard;
		this.access = access;
		this.properties = properties;
		this.events = events;
		this.milestones = milestones;
		this.answers = answers;
	}

	/**
	 * Saves what the reporter wrote about one task.
	 * @return the entry as saved, with the report's new version in {@code version}
	 */
	public Saved<EntryView> saveEntry(long reportId, long taskId, Integer expectedVersion, EntryChange change) {
		ReportViews.Loaded loaded = writable(reportId, expectedVersion);
		EntryStore.Entry before = entry(reportId, taskId);
		EntryStore.Entry after = new EntryStore.Entry(reportId, taskId, before.kind(), before.leadOrganisationId(),
				(change.status() != null && !change.status().isBlank()) ? EntryStatus.of(change.status())
						: before.status(),
				text("done", change.done(), before.done()), text("figures", change.figures(), before.figures()),
				text("problems", change.problems(), before.problems()),
				text("nextSteps", change.nextSteps(), before.nextSteps()), before.consolidated(), before.revision(),
				null, null);
		String actor = actor();
		this.entries.update(after, actor, this.guard.now());
		TaskSummary task = this.views.task(taskId);
		this.events
			.publishEvent(new ReportEntrySaved(reportId, taskId, task.code(), loaded.report().version() + 1, actor));
		return new Saved<>(loaded.report().version() + 1, this.views.entry(loaded, entry(reportId, taskId), task, 0));
	}

	/**
	 * Saves the lead organisation's consolidated account of a task it leads with others.
	 * @throws DraftRefusal.NotTheLead for any other entry
	 */
	public Saved<EntryView> consolidate(long reportId, long taskId, Integer expectedVersion, String text) {
		ReportViews.Loaded loaded = writable(reportId, expectedVersion);
		EntryStore.Entry entry = entry(reportId, taskId);
		TaskSummary task = this.views.task(taskId);
		if (entry.kind() != EntryKind.LEAD) {
			throw new DraftRefusal.NotTheLead(task.code());
		}
		String actor = actor();
		this.entries.consolidate(reportId, taskId, text("consolidated", text, null), actor, this.guard.now());
		this.events.publishEvent(new ConsolidationSaved(reportId, taskId, task.code(), actor));
		return new Saved<>(loaded.report().version() + 1, this.views.entry(loaded, entry(reportId, taskId), task, 0));
	}

	/**
	 * Says what became of a milestone due in the report's period: done (with evidence),
	 * not done, or done late (with the day and evidence). The entry's count of overdue
	 * milestones follows, which makes the task lagging by rule.
	 * @throws DraftRefusal.MilestoneNotDue for a milestone the entry does not list
	 */
	public Saved<EntryView> answerMilestone(long reportId, long taskId, long milestoneId, Integer expectedVersion,
			MilestoneChange change) {
		ReportViews.Loaded loaded = writable(reportId, expectedVersion);
		EntryStore.Entry entry = entry(reportId, taskId);
		TaskSummary task = this.views.task(taskId);
		MilestoneAnswer milestone = this.milestones.of(loaded.cycle(), loaded.report())
			.getOrDefault(taskId, List.of())
			.stream()
			.filter((m) -> m.milestoneId() == milestoneId)
			.findFirst()
			.orElseThrow(() -> new DraftRefusal.MilestoneNotDue(milestoneId, task.code()));
		MilestoneOutcome outcome = MilestoneOutcome.of(change.outcome());
		String evidence = text("evidence", change.evidence(), null);
		if (evidence != null && evidence.length() > EVIDENCE_LIMIT) {
			throw new DraftRefusal.TextTooLong("evidence", evidence.length(), EVIDENCE_LIMIT);
		}
		if (outcome.met() && evidence == null) {
			throw new DraftRefusal.EvidenceRequired(milestone.deliverable());
		}
		java.time.LocalDate on = change.completedOn();
		java.time.LocalDate today = this.guard.now().atZoneSameInstant(loaded.cycle().zone()).toLocalDate();
		boolean fits = switch (outcome) {
			case DONE -> on == null || !on.isAfter(milestone.due().by());
			case DONE_LATE -> on != null && on.isAfter(milestone.due().by());
			case NOT_DONE -> on == null;
		};
		if (!fits || (on != null && on.isAfter(today))) {
			throw new DraftRefusal.CompletionDateInvalid(milestone.deliverable(), milestone.due().by().toString(),
					(on != null) ? on.toString() : null);
		}
		String actor = actor();
		this.answers.save(reportId, taskId, milestoneId, outcome, on, evidence, actor, this.guard.now());
		EntryView view = this.views.entry(loaded, entry, task, 0);
		this.answers.overdue(reportId, taskId,
				(int) view.milestones().stream().filter(MilestoneAnswer::overdue).count());
		this.events.publishEvent(new org.luoshi.common.AuditedChange(actor, "reporting.milestone-answered",
				"report:" + reportId, task.code() + " #" + milestoneId + " " + outcome.code()));
		return new Saved<>(loaded.report().version() + 1, view);
	}

	/**
	 * Enters the figure the report owes for an indicator in the report's year.
	 * @throws org.luoshi.indicator.FigureRefusal naming the field that is wrong
	 */
	public Saved<FigureView> enterFigure(long reportId, long indicatorId, Integer expectedVersion, FigureEntry entry) {
		ReportViews.Loaded loaded = writable(reportId, expectedVersion);
		if (this.entries.owed(reportId).stream().noneMatch((o) -> o.indicatorId() == indicatorId)) {
			throw new DraftRefusal.IndicatorNotOwed(indicatorId);
		}
		String actor = actor();
		// the report's own version (If-Match on the report) guards this write: whoever
		// writes it read the report with the figure as it is now
		int figureVersion = this.values.version(indicatorId, null, loaded.cycle().year());
		Figure figure = this.values.enter(indicatorId, new FigureInput(null, loaded.cycle().year(), entry.value(),
				entry.status(), entry.source(), entry.revisionReason(), entry.form()), figureVersion);
		this.entries.figureEntered(reportId, indicatorId, figure.id());
		FigureView view = this.views.figures(loaded.cycle(), reportId)
			.stream()
			.filter((f) -> f.indicatorId() == indicatorId)
			.findFirst()
			.orElseThrow();
		this.events.publishEvent(new ReportFigureEntered(reportId, indicatorId, view.name(), figure.id(), actor));
		return new Saved<>(loaded.report().version() + 1, view);
	}

	/**
	 * Attaches a file, of a kind told by its first bytes, not by its name.
	 * @throws DraftRefusal.AttachmentTooLarge over the limit (10 MB unless configured)
	 * @throws DraftRefusal.AttachmentTypeNotAllowed for anything but PDF, .docx, .xlsx
	 * and images
	 */
	public Saved<AttachmentInfo> attach(long reportId, Long taskId, Integer expectedVersion, String fileName,
			byte[] content) {
		String given = (fileName == null || fileName.isBlank()) ? "attachment" : fileName.strip();
		if (content.length > this.properties.attachmentLimit().toBytes()) {
			throw new DraftRefusal.AttachmentTooLarge(given, this.properties.attachmentLimit().toBytes());
		}
		if (content.length == 0) {
			throw new DraftRefusal.AttachmentEmpty(given);
		}
		String type = AttachmentTypes.of(content).orElseThrow(() -> new DraftRefusal.AttachmentTypeNotAllowed(given));
		// the name kept follows the bytes: an extension of another kind is refused
		String name = AttachmentTypes.name(given, type)
			.orElseThrow(() -> new DraftRefusal.AttachmentNameMismatch(given, AttachmentTypes.extensions(type).get(0)));
		ReportViews.Loaded loaded = writable(reportId, expectedVersion);
		if (taskId != null) {
			entry(reportId, taskId);
		}
		String actor = actor();
		long id = this.attachments.insert(reportId, taskId, limit(name), type, content, sha256(content), actor,
				this.guard.now());
		this.events.publishEvent(new AttachmentAdded(reportId, id, name, content.length, actor));
		return new Saved<>(loaded.report().version() + 1,
				this.attachments.find(reportId, id, loaded.cycle().zone()).orElseThrow());
	}

	private ReportViews.Loaded writable(long reportId, Integer expectedVersion) {
		ReportViews.Loaded loaded = this.views.load(reportId);
		Actor actor = this.access.take(Step.WRITE, reportId, loaded.report().organisationId());
		this.guard.writable(loaded);
		this.guard.claim(loaded, expectedVersion, actor.username());
		return loaded;
	}

	private EntryStore.Entry entry(long reportId, long taskId) {
		return this.entries.find(reportId, taskId).orElseThrow(() -> new DraftRefusal.TaskNotInReport(taskId));
	}

	private String actor() {
		return this.access.actor().username();
	}

	private static String text(String field, String given, String before) {
		if (given == null) {
			return before;
		}
		if (given.length() > TEXT_LIMIT) {
			throw new DraftRefusal.TextTooLong(field, given.length(), TEXT_LIMIT);
		}
		return given.isBlank() ? null : given;
	}

	private static String limit(String name) {
		return (name.length() <= 255) ? name : name.substring(name.length() - 255);
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * What a write gives back: the thing written and the report's version after it, the
	 * ETag of the next write.
	 */
	public record Saved<T>(int version, T value) {
	}

}
