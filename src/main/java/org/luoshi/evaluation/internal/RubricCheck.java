package org.luoshi.evaluation.internal;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;

import org.luoshi.evaluation.AssessmentRefusal;
import org.luoshi.evaluation.Criterion;
import org.luoshi.evaluation.CriterionSource;
import org.luoshi.evaluation.GradeBands;
import org.luoshi.evaluation.RubricForm;

/**
 * What a rubric must be before it is saved: every criterion named, coded once and fed by
 * a data source; points never negative; the base criteria adding up to exactly 100; a
 * veto naming the grade it caps at; grade bands falling from 100 to 0.
 */
public final class RubricCheck {

	static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private RubricCheck() {
	}

	/**
	 * @throws AssessmentRefusal the first thing wrong, nothing saved
	 */
	public static void check(RubricForm form) {
		Set<String> codes = new HashSet<>();
		BigDecimal base = BigDecimal.ZERO;
		for (Criterion c : form.criteria()) {
			String name = (c.name() != null && !c.name().isBlank()) ? c.name().strip() : c.code();
			if (c.source() == null) {
				throw new AssessmentRefusal.CriterionWithoutSource(name);
			}
			if (name == null || name.isBlank() || c.code() == null || c.code().isBlank()) {
				throw new AssessmentRefusal.CriterionIncomplete(String.valueOf(name), "name");
			}
			if (!codes.add(c.code().strip())) {
				throw new AssessmentRefusal.DuplicateCriterion(c.code().strip());
			}
			if (c.source() == CriterionSource.VETO) {
				if (c.cap() == null) {
					throw new AssessmentRefusal.CriterionIncomplete(name, "cap");
				}
				continue;
			}
			if (c.points() == null || c.points().signum() < 0) {
				throw new AssessmentRefusal.CriterionIncomplete(name, "points");
			}
			if (negative(c.rate()) || negative(c.limit())) {
				throw new AssessmentRefusal.CriterionIncomplete(name, "rate");
			}
			if (c.part() == CriterionSource.Part.BASE) {
				base = base.add(c.points());
			}
		}
		if (base.compareTo(HUNDRED) != 0) {
			throw new AssessmentRefusal.PointsDoNotAddUp(base);
		}
		GradeBands b = form.bands();
		if (b == null || b.exceeded() == null || b.completed() == null || b.basic() == null
				|| b.exceeded().compareTo(HUNDRED) > 0 || b.exceeded().compareTo(b.completed()) <= 0
				|| b.completed().compareTo(b.basic()) <= 0 || b.basic().signum() <= 0) {
			throw new AssessmentRefusal.BandsOutOfOrder();
		}
	}

	private static boolean negative(BigDecimal value) {
		return value != null && value.signum() < 0;
	}

}
