package org.luoshi.evaluation;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;

import org.luoshi.common.AuditedChange;
import org.luoshi.evaluation.internal.Access;
import org.luoshi.evaluation.internal.AssessmentStore;
import org.luoshi.evaluation.internal.ReviewStore;
import org.luoshi.evaluation.internal.RubricStore;
import org.luoshi.security.Actor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review of a year's assessment: the office marks what it judges (quality, bonus,
 * veto) and adjusts a score only with a reason; an organisation objects to its own score
 * with a comment and the office answers; then the office locks the results — nothing
 * changes after — and publishes them to the portal. Every step is audited.
 */
@Service
@Transactional(readOnly = true)
public class AssessmentReview {

	/** Longest reason, comment or answer. */
	public static final int TEXT_LIMIT = 2000;

	private final AssessmentStore store;

	private final ReviewStore review;

	private final RubricStore rubrics;

	private final Assessments assessments;

	private final Access access;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AssessmentReview(AssessmentStore store, ReviewStore review, RubricStore rubrics, Assessments assessments,
			Access access, ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.review = review;
		this.rubrics = rubrics;
		this.assessments = assessments;
		this.access = access;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Gives the office's mark of an organisation for a criterion it marks by hand (for a
	 * veto, 1 holds it and 0 lifts it), then recomputes the year.
	 * @throws AssessmentRefusal.ReasonRequired without a reason
	 * @throws AssessmentRefusal.MarkRefused for a criterion not marked by hand, or points
	 * beyond its own
	 */
	@Transactional
	public void mark(long planId, int year, long organisationId, String criterion, BigDecimal points, String reason) {
		Actor office = this.access.office();
		AssessmentSummary a = open(planId, year);
		String why = text(reason, new AssessmentRefusal.ReasonRequired());
		ScoreBreakdown breakdown = this.store.breakdown(a.id(), a.run(), organisationId)
			.orElseThrow(() -> new AssessmentRefusal.OrganisationNotAssessed(organisationId));
		Criterion c = this.rubrics.find(planId, year, breakdown.group())
			.flatMap((r) -> r.criteria().stream().filter((x) -> x.code().equals(criterion)).findFirst())
			.filter((x) -> x.source().marked())
			.orElseThrow(() -> new AssessmentRefusal.MarkRefused(criterion));
		BigDecimal most = (c.source() == CriterionSource.VETO) ? BigDecimal.ONE : c.points();
		if (points == null || points.signum() < 0 || points.compareTo(most) > 0) {
			throw new AssessmentRefusal.MarkRefused(criterion);
		}
		this.review.mark(a.id(), organisationId, criterion, points, why, office.username(), now());
		audit(office, "evaluation.assessment-marked", a, organisationId + " " + criterion + " " + points);
		this.assessments.compute(planId, year);
	}

	/**
	 * Adjusts an organisation's score by the points given, with the reason recorded and
	 * shown with the score.
	 * @throws AssessmentRefusal.ReasonRequired without a reason
	 * @throws AssessmentRefusal.AssessmentLocked once locked
	 */
	@Transactional
	public ScoreAdjustment adjust(long planId, int year, long organisationId, BigDecimal points, String reason) {
		Actor office = this.access.office();
		AssessmentSummary a = open(planId, year);
		String why = text(reason, new AssessmentRefusal.ReasonRequired());
		if (points == null || points.signum() == 0) {
			throw new AssessmentRefusal.MarkRefused("adjustment");
		}
		if (this.store.breakdown(a.id(), a.run(), organisationId).isEmpty()) {
			throw new AssessmentRefusal.OrganisationNotAssessed(organisationId);
		}
		long id = this.review.adjust(a.id(), organisationId, points, why, office.username(), now());
		audit(office, "evaluation.assessment-adjusted", a, organisationId + " " + points);
		return this.review.adjustments(a.id(), organisationId)
			.stream()
			.filter((x) -> x.id() == id)
			.findFirst()
			.orElseThrow();
	}

	/**
	 * Files the organisation's objection to its own score, while the results are under
	 * review.
	 * @throws AssessmentRefusal.NotYourBreakdown for another organisation's score
	 * @throws AssessmentRefusal.AssessmentLocked once locked
	 */
	@Transactional
	public Objection object(long planId, int year, long organisationId, String comment) {
		Actor actor = this.access.signedIn();
		if (!actor.actsFor(organisationId)) {
			throw new AssessmentRefusal.NotYourBreakdown(organisationId);
		}
		AssessmentSummary a = open(planId, year);
		String text = text(comment, new AssessmentRefusal.CommentRequired());
		long id = this.review.object(a.id(), organisationId, text, actor.username(), now());
		audit(actor, "evaluation.assessment-objection", a, organisationId + " #" + id);
		return this.review.objection(a.id(), id).orElseThrow();
	}

	/**
	 * The office's answer to an objection.
	 * @throws AssessmentRefusal.ObjectionNotFound for an objection of another year
	 */
	@Transactional
	public Objection answer(long planId, int year, long objectionId, String answer) {
		Actor office = this.access.office();
		AssessmentSummary a = open(planId, year);
		String text = text(answer, new AssessmentRefusal.CommentRequired());
		this.review.objection(a.id(), objectionId)
			.orElseThrow(() -> new AssessmentRefusal.ObjectionNotFound(objectionId));
		this.review.answer(objectionId, text, office.username(), now());
		audit(office, "evaluation.assessment-answered", a, "#" + objectionId);
		return this.review.objection(a.id(), objectionId).orElseThrow();
	}

	/**
	 * Finalises the results: nothing is recomputed, adjusted or objected to after.
	 * @throws AssessmentRefusal.AssessmentLocked when locked already
	 */
	@Transactional
	public AssessmentSummary lock(long planId, int year) {
		Actor office = this.access.office();
		AssessmentSummary a = this.assessments.require(planId, year);
		if (!this.store.move(a.id(), AssessmentState.REVIEW, AssessmentState.LOCKED, office.username(), now())) {
			throw new AssessmentRefusal.AssessmentLocked(year);
		}
		audit(office, "evaluation.assessment-locked", a, "run " + a.run());
		return this.assessments.require(planId, year);
	}

	/**
	 * Publishes the locked results to the portal.
	 * @throws AssessmentRefusal.NotLocked while under review
	 * @throws AssessmentRefusal.AlreadyPublished when published already
	 */
	@Transactional
	public AssessmentSummary publish(long planId, int year) {
		Actor office = this.access.office();
		AssessmentSummary a = this.assessments.require(planId, year);
		if (a.state() == AssessmentState.PUBLISHED) {
			throw new AssessmentRefusal.AlreadyPublished(year);
		}
		if (!this.store.move(a.id(), AssessmentState.LOCKED, AssessmentState.PUBLISHED, office.username(), now())) {
			throw new AssessmentRefusal.NotLocked(year);
		}
		audit(office, "evaluation.assessment-published", a, "run " + a.run());
		this.events.publishEvent(new AssessmentPublished(a.id(), planId, year, office.username()));
		return this.assessments.require(planId, year);
	}

	private AssessmentSummary open(long planId, int year) {
		AssessmentSummary a = this.assessments.require(planId, year);
		if (a.state() != AssessmentState.REVIEW) {
			throw new AssessmentRefusal.AssessmentLocked(year);
		}
		return a;
	}

	private static String text(String text, AssessmentRefusal missing) {
		if (text == null || text.isBlank()) {
			throw missing;
		}
		String stripped = text.strip();
		return (stripped.length() > TEXT_LIMIT) ? stripped.substring(0, TEXT_LIMIT) : stripped;
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(this.clock);
	}

	private void audit(Actor actor, String action, AssessmentSummary a, String detail) {
		this.events
			.publishEvent(new AuditedChange(actor.username(), action, "assessment:" + a.id(), a.year() + " " + detail));
	}

}
