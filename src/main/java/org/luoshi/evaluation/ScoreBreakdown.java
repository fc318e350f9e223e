package org.luoshi.evaluation;

import java.math.BigDecimal;
import java.util.List;

/**
 * Where every point of an organisation's computed score came from: one line per criterion
 * of the rubric, each down to the task, indicator, figure, report or mark it counted.
 * Kept with the run, so that a figure revised later changes nothing in it.
 *
 * @param rubricVersion the version of the rubric it was computed under
 * @param total the points of all lines, never below zero
 * @param gradeByPoints the grade the points give, before any veto
 * @param cap the best grade a veto leaves; null when no veto holds
 */
public record ScoreBreakdown(long organisationId, String organisationName, RubricGroup group, int rubricVersion,
		List<Line> lines, BigDecimal total, Grade gradeByPoints, Grade cap) {

	public ScoreBreakdown {
		lines = List.copyOf(lines);
	}

	/** The grade given: the points' grade, capped by a veto. */
	public Grade grade() {
		return this.gradeByPoints.atMost(this.cap);
	}

	/**
	 * One criterion's points.
	 *
	 * @param max a base criterion's full points, a bonus item's most; for a deduction the
	 * most it takes (null: no limit)
	 * @param points the points given: negative for a deduction, zero for a veto
	 * @param counted what was counted (indicators met, weighted tasks on track, days
	 * late)
	 * @param of out of how many; null where nothing is divided
	 * @param vetoed a veto that holds
	 */
	public record Line(String code, String name, CriterionSource source, BigDecimal max, BigDecimal points,
			BigDecimal counted, BigDecimal of, boolean vetoed, List<Item> items) {

		public Line {
			items = List.copyOf(items);
		}

	}

	/**
	 * One thing a line counted.
	 *
	 * @param kind task, indicator, share (a city's decomposed share), report or mark
	 * @param ref what it is: the task's number, the indicator's name, the mark's reason
	 * @param detail what it said: a task's status, an indicator's status, the figure
	 * @param weight how much it counted (a shared task less than a led one)
	 * @param counts whether it counted for the organisation
	 */
	public record Item(String kind, String ref, String detail, BigDecimal weight, boolean counts) {

	}

}
