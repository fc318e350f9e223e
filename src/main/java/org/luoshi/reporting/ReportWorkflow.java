package org.luoshi.reporting;

import java.time.OffsetDateTime;
import java.util.Optional;

import org.luoshi.reporting.internal.Access;
import org.luoshi.reporting.internal.Guard;
import org.luoshi.reporting.internal.Notifier;
import org.luoshi.reporting.internal.NotificationStore;
import org.luoshi.reporting.internal.ReportStore;
import org.luoshi.reporting.internal.MilestoneAnswers;
import org.luoshi.reporting.internal.ReportViews;
import org.luoshi.reporting.internal.Snapshots;
import org.luoshi.reporting.internal.VersionStore;
import org.luoshi.security.Actor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The steps of a report: the reporter submits, the organisation's approver approves or
 * returns it, the office receives and accepts it or returns it; the office may grant an
 * exception — a late or corrected submission — with a reason and a new due date. Every
 * step names the version it was taken on, is recorded with who, when and why, and is
 * audited. A submission is committed before it is acknowledged, and a retried one with
 * the same idempotency key gets the same answer and stores nothing twice.
 */
@Service
public class ReportWorkflow {

	/** Longest idempotency key kept. */
	public static final int KEY_LIMIT = 100;

	/**
	 * How often a submission that found the report held by another request looks again.
	 */
	static final int ATTEMPTS = 8;

	private final ReportViews views;

	private final ReportStore reports;

	private final VersionStore versions;

	private final Snapshots snapshots;

	private final Notifier notifier;

	private final Guard guard;

	private final Access access;

	private final Reports reading;

	private final TransactionTemplate transactions;

	// a submission's reads: one connection, no writes
	private final TransactionTemplate reads;

	private final ApplicationEventPublisher events;

	private final MilestoneAnswers milestones;

	ReportWorkflow(ReportViews views, ReportStore reports, VersionStore versions, Snapshots snapshots,
			Notifier notifier, Guard guard, Access access, Reports reading, TransactionTemplate transactions,
			ApplicationEventPublisher events, MilestoneAnswers milestones) {
		this.milestones = milestones;
		this.views = views;
		this.reports = reports;
		this.versions = versions;
		this.snapshots = snapshots;
		this.notifier = notifier;
		this.guard = guard;
		this.access = access;
		this.reading = reading;
		this.transactions = transactions;
		this.reads = new TransactionTemplate(java.util.Objects.requireNonNull(transactions.getTransactionManager()));
		this.reads.setReadOnly(true);
		this.events = events;
	}

	/**
	 * Submits the report, or gives back the submission an earlier request with the same
	 * key made.
	 * @throws WorkflowRefusal.DeadlinePassed after the due date without an exception
	 * @throws WorkflowRefusal.ReportIncomplete while something is missing
	 */
	public Submission submit(long reportId, Integer expectedVersion, String idempotencyKey) {
		if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > KEY_LIMIT) {
			throw new WorkflowRefusal.IdempotencyKeyRequired();
		}
		String key = idempotencyKey.strip();
		for (int attempt = 1;; attempt++) {
			Optional<Submission> earlier = earlier(reportId, key);
			if (earlier.isPresent()) {
				return earlier.get();
			}
			try {
				// the reads, the checks and the snapshot first, then a short write that
				// claims the very version read
				Prepared prepared = this.reads.execute((tx) -> prepare(reportId));
				return this.transactions.execute((tx) -> write(prepared, expectedVersion, key));
			}
			catch (WorkflowRefusal.ReportChangedMeanwhile ex) {
				if (!ex.contended() || attempt == ATTEMPTS) {
					return earlier(reportId, key).orElseThrow(() -> ex);
				}
			}
			catch (WorkflowRefusal.ReportNotSubmittable ex) {
				return earlier(reportId, key).orElseThrow(() -> ex);
			}
			catch (DataIntegrityViolationException | ConcurrencyFailureException | QueryTimeoutException ex) {
				// the same submission, retried on another node, got there first or is
				// getting there
				if (attempt == ATTEMPTS) {
					return earlier(reportId, key).orElseThrow(() -> new WorkflowRefusal.ReportChangedMeanwhile(reportId,
							(expectedVersion != null) ? expectedVersion : -1, null));
				}
			}
			pause(attempt);
		}
	}

	// another request holds the report: give it time to commit, then look for its answer
	private static void pause(int attempt) {
		try {
			Thread.sleep(100L * attempt);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while waiting to submit", ex);
		}
	}

	@Transactional
	public ReportView approve(long reportId, Integer expectedVersion, String comment) {
		ReportViews.Loaded loaded = this.views.load(reportId);
		Actor actor = this.access.take(Step.APPROVE, reportId, loaded.report().organisationId());
		move(loaded, expectedVersion, Step.APPROVE, loaded.report().state().approve(), blankToNull(comment), actor);
		this.notifier.send(notice(loaded, null, "approved", comment), false, actor.username(), this.guard.now());
		return this.reading.get(reportId);
	}

	/**
	 * Returns the report from the review the user takes part in: the office's, or the
	 * organisation approver's.
	 */
	@Transactional
	public ReportView giveBack(long reportId, Integer expectedVersion, String comment, OffsetDateTime newDueAt) {
		return this.access.actor().isOffice() ? returnFromOffice(reportId, expectedVersion, comment, newDueAt)
				: returnFromApproval(reportId, expectedVersion, comment);
	}

	/** The approver sends a submitted report back to its reporter, saying why. */
	@Transactional
	public ReportView returnFromApproval(long reportId, Integer expectedVersion, String comment) {
		ReportViews.Loaded loaded = this.views.load(reportId);
		Actor actor = this.access.take(Step.RETURN_FROM_APPROVAL, reportId, loaded.report().organisationId());
		ReportState next = loaded.report().state().returnFromApproval();
		giveBack(loaded, expectedVersion, Step.RETURN_FROM_APPROVAL, next, comment, actor);
		return this.reading.get(reportId);
	}

	@Transactional
	public ReportView receive(long reportId, Integer expectedVersion) {
		ReportViews.Loaded loaded = this.views.load(reportId);
		Actor actor = this.access.take(Step.RECEIVE, reportId, loaded.report().organisationId());
		move(loaded, expectedVersion, Step.RECEIVE, loaded.report().state().receive(), null, actor);
		return this.reading.get(reportId);
	}

	@Transactional
	public ReportView accept(long reportId, Integer expectedVersion) {
		ReportViews.Loaded loaded = this.views.load(reportId);
		Actor actor = this.access.take(Step.ACCEPT, reportId, loaded.report().organisationId());
		move(loaded, expectedVersion, Step.ACCEPT, loaded.report().state().accept(), null, actor);
		this.reports.accepted(reportId, this.guard.now());
		return this.reading.get(reportId);
	}

	/**
	 * The office sends an approved or received report back, saying why; with a new due
	 * date it grants the exception a return after the deadline needs.
	 */
	@Transactional
	public ReportView returnFromOffice(long reportId, Integer expectedVersion, String comment,
			OffsetDateTime newDueAt) {
		ReportViews.Loaded loaded = this.views.load(reportId);
		Actor actor = this.access.take(Step.RETURN_FROM_OFFICE, reportId, loaded.report().organisationId());
		ReportState next = loaded.report().state().returnFromOffice();
		if (newDueAt != null && !newDueAt.isAfter(this.guard.now())) {
			throw new WorkflowRefusal.DueDateNotInFuture(newDueAt);
		}
		giveBack(loaded, expectedVersion, Step.RETURN_FROM_OFFICE, next, comment, actor);
		if (newDueAt != null) {
			this.reports.exception(reportId, newDueAt, comment.strip());
		}
		return this.reading.get(reportId);
	}

	/**
	 * Opens a draft past its due date for a late submission, or an accepted report for a
	 * corrected one, until the new due date.
	 */
	@Transactional
	public ReportView grantException(long reportId, Integer expectedVersion, String reason, OffsetDateTime dueAt) {
		ReportViews.Loaded loaded = this.views.load(reportId);
		Actor actor = this.access.take(Step.GRANT_EXCEPTION, reportId, loaded.report().organisationId());
		ReportState next = loaded.report().state().reopen();
		if (reason == null || reason.isBlank()) {
			throw new WorkflowRefusal.ExceptionReasonRequired();
		}
		if (dueAt == null || !dueAt.isAfter(this.guard.now())) {
			throw new WorkflowRefusal.DueDateNotInFuture(dueAt);
		}
		move(loaded, expectedVersion, Step.GRANT_EXCEPTION, next, reason.strip(), actor);
		this.reports.exception(reportId, dueAt, reason.strip());
		this.notifier.send(notice(loaded, loaded.report().organisationId(), "exception", reason.strip(), dueAt), false,
				actor.username(), this.guard.now());
		return this.reading.get(reportId);
	}

	/**
	 * What a submission read and checked before it writes: the report as it will be kept.
	 */
	private record Prepared(ReportViews.Loaded loaded, Actor actor, ReportState next, ReportView view,
			ReportSnapshot snapshot) {
	}

	private Prepared prepare(long reportId) {
		ReportViews.Loaded loaded = this.views.load(reportId);
		Actor actor = this.access.take(Step.SUBMIT, reportId, loaded.report().organisationId());
		ReportState next = loaded.report().state().submit();
		if (this.guard.now().isAfter(loaded.report().due(loaded.cycle().deadline()))) {
			throw new WorkflowRefusal.DeadlinePassed(loaded.due());
		}
		ReportView view = this.views.view(loaded, false);
		if (!view.missing().isEmpty()) {
			throw new WorkflowRefusal.ReportIncomplete(view.missing());
		}
		return new Prepared(loaded, actor, next, view, this.snapshots.of(view));
	}

	// the claim in move() fails if the report changed since it was read, so the snapshot
	// kept is of the version claimed
	private Submission write(Prepared prepared, Integer expectedVersion, String key) {
		long reportId = prepared.loaded().report().id();
		move(prepared.loaded(), expectedVersion, Step.SUBMIT, prepared.next(), null, prepared.actor());
		// the milestones overdue on the day of submission make their tasks lagging by
		// rule
		this.milestones.settle(reportId, prepared.view().entries());
		OffsetDateTime now = this.guard.now();
		int number = this.versions.next(reportId);
		this.versions.insert(reportId, number, key, prepared.snapshot(), prepared.actor().username(), now);
		this.reports.submitted(reportId, now);
		return this.versions.byKey(reportId, key, prepared.loaded().cycle().zone()).orElseThrow();
	}

	private void giveBack(ReportViews.Loaded loaded, Integer expectedVersion, Step step, ReportState next,
			String comment, Actor actor) {
		if (comment == null || comment.isBlank()) {
			throw new WorkflowRefusal.CommentRequired();
		}
		move(loaded, expectedVersion, step, next, comment.strip(), actor);
		this.reports.returned(loaded.report().id(), comment.strip());
		this.notifier.send(notice(loaded, loaded.report().organisationId(), "returned", comment.strip()), false,
				actor.username(), this.guard.now());
	}

	private void move(ReportViews.Loaded loaded, Integer expectedVersion, Step step, ReportState next, String note,
			Actor actor) {
		ReportStore.Report r = loaded.report();
		this.guard.claim(loaded, expectedVersion, actor.username());
		this.reports.state(r.id(), next);
		this.reports.addTransition(r.id(), r.state(), next, note, actor.username(), this.guard.now());
		this.events.publishEvent(
				new ReportMoved(r.id(), r.organisationId(), step.code(), r.state(), next, note, actor.username()));
	}

	private NotificationStore.New notice(ReportViews.Loaded loaded, Long organisationId, String kind, String message) {
		return notice(loaded, organisationId, kind, message, null);
	}

	private NotificationStore.New notice(ReportViews.Loaded loaded, Long organisationId, String kind, String message,
			OffsetDateTime dueAt) {
		return new NotificationStore.New(organisationId, loaded.cycle().id(), loaded.report().id(), kind, null, dueAt,
				blankToNull(message));
	}

	private Optional<Submission> earlier(long reportId, String key) {
		return this.transactions.execute((tx) -> {
			ReportViews.Loaded loaded = this.views.load(reportId);
			this.access.take(Step.SUBMIT, reportId, loaded.report().organisationId());
			return this.versions.byKey(reportId, key, loaded.cycle().zone());
		});
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
