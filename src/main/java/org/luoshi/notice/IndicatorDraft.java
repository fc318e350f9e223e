package org.luoshi.notice;

import java.math.BigDecimal;
import java.util.List;

/**
 * A quantitative target read from a task's text.
 *
 * @param name what is measured, as written (耕地保有量)
 * @param binding a binding (约束性) indicator rather than an expected one
 * @param kind the arithmetic it follows
 * @param target the target figure (for a range: its lower bound)
 * @param targetUpper the upper bound of a range, otherwise null
 * @param unit the measure unit (万公顷, %, 亿立方米)
 * @param targetYear the year by which it must hold
 * @param yearStated the notice names the year (到2015年) rather than it being the plan's
 * last year
 * @param baselineYear the year a change is measured against, where the notice names one
 * (比2010年)
 * @param taskId the task whose text states it
 * @param responsible the task's responsible organisations
 * @param mode the task's responsibility mode
 * @param line 1-based source line
 */
public record IndicatorDraft(String name, boolean binding, IndicatorKind kind, BigDecimal target,
		BigDecimal targetUpper, String unit, Integer targetYear, boolean yearStated, Integer baselineYear,
		String taskId, List<String> responsible, ResponsibilityMode mode, int line) {

	public IndicatorDraft {
		responsible = List.copyOf(responsible);
	}

}
