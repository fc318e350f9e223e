package org.luoshi.evaluation;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.luoshi.common.AuditedChange;
import org.luoshi.evaluation.internal.Access;
import org.luoshi.evaluation.internal.AssessmentFacts;
import org.luoshi.evaluation.internal.AssessmentStore;
import org.luoshi.evaluation.internal.OrganisationFacts;
import org.luoshi.evaluation.internal.ReviewStore;
import org.luoshi.evaluation.internal.RubricStore;
import org.luoshi.evaluation.internal.ScoreCard;
import org.luoshi.reporting.CycleView;
import org.luoshi.reporting.TaskOutcomes;
import org.luoshi.security.Actor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The responsibility assessment (责任考核) of a plan's year: every organisation of the year's
 * cycle scored from the data under its group's rubric, each computation a numbered run
 * kept whole, so that recomputing after a late figure shows what changed; provincial
 * departments and cities ranked apart, with last year's score alongside. The office
 * computes; leaders read every result; before publication an organisation reads only its
 * own.
 */
@Service
@Transactional(readOnly = true)
public class Assessments {

	/** How many published assessments the portal lists. */
	static final int PUBLISHED_LISTED = 50;

	private final AssessmentStore store;

	private final RubricStore rubrics;

	private final ReviewStore review;

	private final AssessmentFacts facts;

	private final TaskOutcomes outcomes;

	private final Access access;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Assessments(AssessmentStore store, ReviewStore review, RubricStore rubrics, AssessmentFacts facts,
			TaskOutcomes outcomes, Access access, ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.review = review;
		this.rubrics = rubrics;
		this.facts = facts;
		this.outcomes = outcomes;
		this.access = access;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Scores every organisation of the year's cycle from the data as it is now, as the
	 * next run, and tells what changed since the run before.
	 * @throws EvaluationRefusal.NoCycleForYear when no cycle closes the year
	 * @throws AssessmentRefusal.RubricMissing when a group to assess has no rubric
	 * @throws AssessmentRefusal.AssessmentLocked once the results are locked
	 */
	@Transactional
	public List<ScoreChange> compute(long planId, int year) {
		Actor office = this.access.office();
		CycleView cycle = this.outcomes.cycle(planId, year)
			.orElseThrow(() -> new EvaluationRefusal.NoCycleForYear(year));
		AssessmentSummary assessment = this.store.find(planId, year).orElseGet(() -> {
			this.store.create(planId, year, cycle.id());
			return require(planId, year);
		});
		Map<RubricGroup, Rubric> rubrics = new EnumMap<>(RubricGroup.class);
		this.rubrics.ofYear(planId, year).forEach((r) -> rubrics.put(r.group(), r));
		List<OrganisationFacts> all = this.facts.of(planId, year, assessment.cycleId(),
				this.review.marks(assessment.id()));
		for (OrganisationFacts f : all) {
			if (!rubrics.containsKey(group(f))) {
				throw new AssessmentRefusal.RubricMissing(year, group(f));
			}
		}
		int previousRun = assessment.run();
		int run = this.store.nextRun(assessment.id(), office.username(), OffsetDateTime.now(this.clock))
			.orElseThrow(() -> new AssessmentRefusal.AssessmentLocked(year));
		List<ScoreBreakdown> scored = new ArrayList<>();
		for (OrganisationFacts f : all) {
			Rubric rubric = rubrics.get(group(f));
			ScoreBreakdown breakdown = ScoreCard.score(rubric, f);
			this.store.insertResult(assessment.id(), run, breakdown, rubric.bands());
			scored.add(breakdown);
		}
		this.events.publishEvent(new AuditedChange(office.username(), "evaluation.assessment-computed",
				"assessment:" + assessment.id(), year + " run " + run));
		return (previousRun == 0) ? List.of() : changes(this.store.run(assessment.id(), previousRun), scored);
	}

	/** What the latest run changed against the one before it; empty after the first. */
	public List<ScoreChange> changes(long planId, int year) {
		this.access.reader();
		AssessmentSummary a = require(planId, year);
		if (a.run() < 2) {
			return List.of();
		}
		return changes(this.store.run(a.id(), a.run() - 1), List.copyOf(this.store.run(a.id(), a.run()).values()));
	}

	/**
	 * The year's results, each group ranked apart. The office and leaders read them at
	 * any time, everybody once they are published.
	 * @throws EvaluationRefusal.NotYourRole for an organisation's user before publication
	 */
	public Ranking ranking(long planId, int year) {
		AssessmentSummary a = require(planId, year);
		if (a.state() != AssessmentState.PUBLISHED) {
			this.access.reader();
		}
		return new Ranking(a, this.store.ranking(a, RubricGroup.DEPARTMENTS),
				this.store.ranking(a, RubricGroup.CITIES));
	}

	/** The published assessments, newest year first, for anybody. */
	public List<AssessmentSummary> published() {
		return this.store.published(PUBLISHED_LISTED);
	}

	/**
	 * The year's results once published, for anybody: the portal's ranking.
	 * @throws AssessmentRefusal.AssessmentNotFound while they are not published
	 */
	public Ranking publishedRanking(long planId, int year) {
		AssessmentSummary a = require(planId, year);
		if (a.state() != AssessmentState.PUBLISHED) {
			throw new AssessmentRefusal.AssessmentNotFound(year);
		}
		return new Ranking(a, this.store.ranking(a, RubricGroup.DEPARTMENTS),
				this.store.ranking(a, RubricGroup.CITIES));
	}

	/** The year's assessment, if it was computed. */
	public java.util.Optional<AssessmentSummary> find(long planId, int year) {
		this.access.signedIn();
		return this.store.find(planId, year);
	}

	/**
	 * One organisation's score, where every point came from, the adjustments and its
	 * objections. Before publication an organisation's users read their own only.
	 * @throws AssessmentRefusal.NotYourBreakdown for another organisation's, before
	 * publication
	 */
	public OrganisationAssessment of(long planId, int year, long organisationId) {
		AssessmentSummary a = require(planId, year);
		if (a.state() != AssessmentState.PUBLISHED) {
			Actor actor = this.access.signedIn();
			if (!actor.isOffice() && !actor.isLeader() && !actor.actsFor(organisationId)) {
				throw new AssessmentRefusal.NotYourBreakdown(organisationId);
			}
		}
		ScoreBreakdown breakdown = this.store.breakdown(a.id(), a.run(), organisationId)
			.orElseThrow(() -> new AssessmentRefusal.OrganisationNotAssessed(organisationId));
		RankedScore score = this.store.ranking(a, breakdown.group())
			.stream()
			.filter((r) -> r.organisationId() == organisationId)
			.findFirst()
			.orElseThrow();
		return new OrganisationAssessment(a, score, breakdown, this.review.adjustments(a.id(), organisationId),
				this.review.objections(a.id(), organisationId));
	}

	AssessmentSummary require(long planId, int year) {
		return this.store.find(planId, year).orElseThrow(() -> new AssessmentRefusal.AssessmentNotFound(year));
	}

	private static RubricGroup group(OrganisationFacts f) {
		return f.conduct().city() ? RubricGroup.CITIES : RubricGroup.DEPARTMENTS;
	}

	private static List<ScoreChange> changes(Map<Long, ScoreBreakdown> before, List<ScoreBreakdown> after) {
		List<ScoreChange> changes = new ArrayList<>();
		for (ScoreBreakdown now : after) {
			ScoreBreakdown then = before.get(now.organisationId());
			List<ScoreChange.LineChange> lines = new ArrayList<>();
			for (ScoreBreakdown.Line line : now.lines()) {
				BigDecimal old = (then == null) ? null
						: then.lines()
							.stream()
							.filter((l) -> l.code().equals(line.code()))
							.map(ScoreBreakdown.Line::points)
							.findFirst()
							.orElse(null);
				if (old == null || old.compareTo(line.points()) != 0) {
					lines.add(new ScoreChange.LineChange(line.code(), line.name(), old, line.points()));
				}
			}
			if (then == null || then.total().compareTo(now.total()) != 0 || !lines.isEmpty()) {
				changes.add(new ScoreChange(now.organisationId(), now.organisationName(),
						(then != null) ? then.total() : null, now.total(), lines));
			}
		}
		return changes;
	}

}
