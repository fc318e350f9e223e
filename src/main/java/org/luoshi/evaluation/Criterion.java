package org.luoshi.evaluation;

import java.math.BigDecimal;

/**
 * One criterion of a rubric (考核细则): what it is called, where its points come from and how
 * many. Its formula is stated in words from its source and numbers.
 *
 * @param code short and unique in the rubric; the office's marks name it
 * @param points a base criterion's full points, a bonus item's most points, a deduction's
 * points per escalation or return; nothing for a veto
 * @param rate for timeliness the points each day late costs; for tasks the weight of a
 * shared task against one it leads (0.5); else null
 * @param limit the most a deduction takes off; null for no limit
 * @param cap the best grade a veto leaves
 * @param indicator for a veto, the binding indicator whose miss triggers it; null when
 * only the office records it
 */
public record Criterion(String code, String name, CriterionSource source, BigDecimal points, BigDecimal rate,
		BigDecimal limit, Grade cap, String indicator) {

	public CriterionSource.Part part() {
		return (this.source != null) ? this.source.part() : null;
	}

}
