package org.luoshi.evaluation.internal;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.luoshi.evaluation.Criterion;
import org.luoshi.evaluation.CriterionSource;
import org.luoshi.evaluation.Rubric;
import org.luoshi.evaluation.ScoreBreakdown;

/**
 * A rubric's criteria and a breakdown's lines in the reader's words: each criterion's
 * formula stated from its source and numbers, each counted thing named as the office
 * names it (任务 二.（三）.4, 指标 森林覆盖率).
 */
public final class AssessmentWording {

	private final Words words;

	public AssessmentWording(Words words) {
		this.words = words;
	}

	/** The formula of each criterion of the rubric, by its code. */
	public Map<String, String> formulas(Rubric rubric) {
		Map<String, String> formulas = new LinkedHashMap<>();
		if (rubric != null) {
			rubric.criteria().forEach((c) -> formulas.put(c.code(), formula(c)));
		}
		return formulas;
	}

	public String formula(Criterion c) {
		String code = "evaluation.assessment.formula." + c.source().code();
		if ((c.source() == CriterionSource.ESCALATIONS || c.source() == CriterionSource.RETURNS) && c.limit() == null) {
			code += ".unlimited";
		}
		if (c.source() == CriterionSource.VETO && c.indicator() != null) {
			code += ".indicator";
		}
		String cap = (c.cap() != null) ? this.words.get(c.cap().wordCode()) : "";
		return this.words.get(code, plain(c.points()), plain(c.rate()), plain(c.limit()), cap,
				(c.indicator() != null) ? c.indicator() : "");
	}

	/** What a line counted, one thing after another. */
	public String basis(ScoreBreakdown.Line line) {
		StringBuilder text = new StringBuilder();
		for (ScoreBreakdown.Item item : line.items()) {
			if (!text.isEmpty()) {
				text.append("; ");
			}
			text.append(item(item));
		}
		return text.toString();
	}

	public String item(ScoreBreakdown.Item item) {
		String named = this.words.get("evaluation.assessment.item." + item.kind(), ref(item));
		String detail = (item.detail() != null && !"report".equals(item.kind())) ? " " + detail(item) : "";
		String counted = (item.kind().equals("task") || item.kind().equals("indicator") || item.kind().equals("share"))
				? " (" + this.words
					.get(item.counts() ? "evaluation.assessment.item.counts" : "evaluation.assessment.item.not-counted")
						+ ")"
				: "";
		return named + detail + counted;
	}

	// a report's timeliness is kept as its code, its completeness as "given/owed"
	private String ref(ScoreBreakdown.Item item) {
		if (!item.kind().equals("report") || item.ref().contains("/")) {
			return item.ref();
		}
		if (item.ref().equals("late")) {
			return this.words.get("reporting.timeliness.lateBy", item.weight().intValue());
		}
		return this.words.get("reporting.timeliness." + item.ref());
	}

	// the codes kept with the item (a task's kind and status, an indicator's status) in
	// words
	private String detail(ScoreBreakdown.Item item) {
		String[] parts = item.detail().split(" ", 2);
		if (item.kind().equals("task") && parts.length == 2) {
			return this.words.get("reporting.entry-kind." + parts[0]) + " · "
					+ this.words.get("reporting.entry-status." + parts[1]);
		}
		if (item.kind().equals("indicator") || item.kind().equals("share")) {
			return this.words.get("indicator.status." + parts[0]) + ((parts.length == 2) ? " " + parts[1] : "");
		}
		return item.detail();
	}

	public String get(String code, Object... arguments) {
		return this.words.get(code, arguments);
	}

	static String plain(BigDecimal value) {
		return (value != null) ? value.stripTrailingZeros().toPlainString() : "";
	}

}
