package org.luoshi.evaluation;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.luoshi.common.AuditedChange;
import org.luoshi.evaluation.internal.Access;
import org.luoshi.evaluation.internal.RubricCheck;
import org.luoshi.evaluation.internal.RubricStore;
import org.luoshi.plan.PlanRegister;
import org.luoshi.security.Actor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rubrics (考核细则) of a plan's years, one for the provincial departments and one for
 * the cities: the office writes them, starting from last year's, and every save is a new
 * version named by the writer (If-Match), so that two office users never overwrite each
 * other. A rubric that does not add up is refused whole, nothing saved.
 */
@Service
@Transactional(readOnly = true)
public class Rubrics {

	private final RubricStore rubrics;

	private final PlanRegister plans;

	private final Access access;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Rubrics(RubricStore rubrics, PlanRegister plans, Access access, ApplicationEventPublisher events, Clock clock) {
		this.rubrics = rubrics;
		this.plans = plans;
		this.access = access;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * @throws AssessmentRefusal.RubricNotFound when the year has none for the group
	 */
	public Rubric get(long planId, int year, RubricGroup group) {
		this.access.signedIn();
		return this.rubrics.find(planId, year, group)
			.orElseThrow(() -> new AssessmentRefusal.RubricNotFound(year, group));
	}

	public Optional<Rubric> find(long planId, int year, RubricGroup group) {
		this.access.signedIn();
		return this.rubrics.find(planId, year, group);
	}

	/** The year's rubrics, departments first. */
	public List<Rubric> ofYear(long planId, int year) {
		this.access.signedIn();
		return this.rubrics.ofYear(planId, year);
	}

	/**
	 * Saves the rubric: a new one when the year has none for the group (no version
	 * named), else the next version of the one the writer read.
	 * @param expectedVersion the version read; null or 0 for a new rubric
	 * @throws AssessmentRefusal.RubricChangedMeanwhile when somebody saved meanwhile
	 * @throws AssessmentRefusal for a rubric that does not add up, nothing saved
	 */
	@Transactional
	public Rubric save(long planId, int year, RubricGroup group, Integer expectedVersion, RubricForm form) {
		Actor office = this.access.office();
		this.plans.plan(planId);
		RubricForm clean = cleaned(form);
		RubricCheck.check(clean);
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		Optional<Rubric> current = this.rubrics.find(planId, year, group);
		int expected = (expectedVersion != null) ? expectedVersion : 0;
		if (current.isEmpty()) {
			if (expected != 0) {
				throw new AssessmentRefusal.RubricChangedMeanwhile(expected, 0);
			}
			try {
				this.rubrics.insert(planId, year, group, clean, office.username(), now);
			}
			catch (DuplicateKeyException ex) {
				// another office user created it first: theirs stands, this one was
				// written blind
				throw new AssessmentRefusal.RubricChangedMeanwhile(expected, 1);
			}
		}
		else if (!this.rubrics.update(current.get().id(), expected, clean, office.username(), now)) {
			throw new AssessmentRefusal.RubricChangedMeanwhile(expected,
					this.rubrics.find(planId, year, group).map(Rubric::version).orElse(0));
		}
		Rubric saved = this.rubrics.find(planId, year, group).orElseThrow();
		this.events.publishEvent(new AuditedChange(office.username(), "evaluation.rubric-saved",
				"assessment-rubric:" + saved.id(), year + " " + group.code() + " v" + saved.version()));
		return saved;
	}

	/**
	 * Starts the year's rubric from last year's, as a new rubric or as the next version
	 * of the one read.
	 * @throws AssessmentRefusal.RubricNotFound when last year has none for the group
	 */
	@Transactional
	public Rubric copyLastYear(long planId, int year, RubricGroup group, Integer expectedVersion) {
		this.access.office();
		Rubric last = this.rubrics.find(planId, year - 1, group)
			.orElseThrow(() -> new AssessmentRefusal.RubricNotFound(year - 1, group));
		return save(planId, year, group, expectedVersion, last.form());
	}

	private static RubricForm cleaned(RubricForm form) {
		if (form == null) {
			return new RubricForm(List.of(), null);
		}
		return new RubricForm(form.criteria()
			.stream()
			.map((c) -> new Criterion(strip(c.code()), strip(c.name()), c.source(), c.points(), c.rate(), c.limit(),
					c.cap(), strip(c.indicator())))
			.toList(), form.bands());
	}

	private static String strip(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
