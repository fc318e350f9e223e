package org.luoshi.evaluation.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.luoshi.evaluation.AssessmentRefusal;
import org.luoshi.evaluation.Criterion;
import org.luoshi.evaluation.CriterionSource;
import org.luoshi.evaluation.Grade;
import org.luoshi.evaluation.GradeBands;
import org.luoshi.evaluation.RubricForm;

/**
 * A rubric as the page's form sends it: one value per row in each column, rows left
 * wholly blank ignored. A number that is not one is refused as the criterion's incomplete
 * field, like any other bad rubric.
 */
record RubricRows(List<String> code, List<String> name, List<String> source, List<String> points, List<String> rate,
		List<String> limit, List<String> cap, List<String> indicator, String exceeded, String completed, String basic) {

	/** Blank rows the page offers for new criteria. */
	static final int BLANK_ROWS = 2;

	RubricForm form() {
		List<Criterion> criteria = new ArrayList<>();
		for (int i = 0; i < rows(); i++) {
			if (blank(at(this.code, i)) && blank(at(this.name, i)) && blank(at(this.points, i))) {
				continue;
			}
			String label = !blank(at(this.name, i)) ? at(this.name, i) : at(this.code, i);
			criteria.add(new Criterion(at(this.code, i), at(this.name, i), source(at(this.source, i)),
					number(at(this.points, i), label, "points"), number(at(this.rate, i), label, "rate"),
					number(at(this.limit, i), label, "limit"), grade(at(this.cap, i)), at(this.indicator, i)));
		}
		return new RubricForm(criteria, bands());
	}

	/**
	 * The typed rows without their numbers, shown again when a number could not be read.
	 */
	RubricForm lenient() {
		List<Criterion> criteria = new ArrayList<>();
		for (int i = 0; i < rows(); i++) {
			if (!blank(at(this.code, i)) || !blank(at(this.name, i))) {
				criteria.add(new Criterion(at(this.code, i), at(this.name, i), source(at(this.source, i)), null, null,
						null, grade(at(this.cap, i)), at(this.indicator, i)));
			}
		}
		return new RubricForm(criteria, null);
	}

	/** The criteria and blank rows after them for new ones. */
	static List<Criterion> withBlanks(List<Criterion> criteria) {
		List<Criterion> rows = new ArrayList<>(criteria);
		for (int i = 0; i < BLANK_ROWS; i++) {
			rows.add(new Criterion(null, null, null, null, null, null, null, null));
		}
		return rows;
	}

	private GradeBands bands() {
		BigDecimal e = lenientNumber(this.exceeded);
		BigDecimal c = lenientNumber(this.completed);
		BigDecimal b = lenientNumber(this.basic);
		return (e == null && c == null && b == null) ? null : new GradeBands(e, c, b);
	}

	private int rows() {
		return (this.code != null) ? this.code.size() : 0;
	}

	private static String at(List<String> column, int i) {
		return (column != null && i < column.size() && !blank(column.get(i))) ? column.get(i).strip() : null;
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	private static CriterionSource source(String code) {
		return Arrays.stream(CriterionSource.values()).filter((s) -> s.code().equals(code)).findFirst().orElse(null);
	}

	private static Grade grade(String code) {
		return Arrays.stream(Grade.values()).filter((g) -> g.code().equals(code)).findFirst().orElse(null);
	}

	private static BigDecimal number(String text, String criterion, String field) {
		if (text == null) {
			return null;
		}
		try {
			return new BigDecimal(text);
		}
		catch (NumberFormatException ex) {
			throw new AssessmentRefusal.CriterionIncomplete(criterion, field);
		}
	}

	private static BigDecimal lenientNumber(String text) {
		try {
			return (text == null || text.isBlank()) ? null : new BigDecimal(text.strip());
		}
		catch (NumberFormatException ex) {
			// an unreadable band is a band missing, refused as bands out of order
			return null;
		}
	}

}
