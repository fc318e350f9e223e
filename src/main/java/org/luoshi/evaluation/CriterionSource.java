package org.luoshi.evaluation;

import com.fasterxml.jackson.annotation.JsonValue;
import org.luoshi.common.Worded;

/**
 * Where a criterion's points come from, and which part of the score it is: the base
 * criteria share the 100 points, deductions take points off, bonus items add them, a veto
 * caps the grade. Its formula in words is under {@code assessment.formula.<code>}.
 */
public enum CriterionSource implements Worded {

	/**
	 * Binding indicators it leads, and its share of each decomposed one, met in the year.
	 */
	INDICATORS("indicators", Part.BASE),
	/**
	 * Tasks it leads or answers for alone completed or on track; shared ones weigh less.
	 */
	TASKS("tasks", Part.BASE),
	/** Its report sent by the deadline; each day late costs points. */
	TIMELINESS("timeliness", Part.BASE),
	/** The share of its tasks its sent report gave a status. */
	COMPLETENESS("completeness", Part.BASE),
	/** The office's quality mark. */
	QUALITY_MARK("quality-mark", Part.BASE),
	/** Each escalation (督办) the office sent it. */
	ESCALATIONS("escalations", Part.DEDUCTION),
	/** Each time the office returned its report. */
	RETURNS("returns", Part.DEDUCTION),
	/** Bonus points the office awards with a reason. */
	BONUS("bonus", Part.BONUS),
	/** A veto the office records with a reason, or a named binding indicator missed. */
	VETO("veto", Part.VETO);

	/** Which part of the score a criterion makes. */
	public enum Part {

		BASE, DEDUCTION, BONUS, VETO

	}

	private final String code;

	private final Part part;

	CriterionSource(String code, Part part) {
		this.code = code;
		this.part = part;
	}

	@JsonValue
	public String code() {
		return this.code;
	}

	public Part part() {
		return this.part;
	}

	/** Whether the office enters its points by hand, organisation by organisation. */
	public boolean marked() {
		return this == QUALITY_MARK || this == BONUS || this == VETO;
	}

	@Override
	public String wordCode() {
		return "evaluation.assessment.source." + this.code;
	}

}
