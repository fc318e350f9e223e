package org.luoshi.notice;

/**
 * The plan outline (规划纲要) a notice divides.
 *
 * @param title full title without book-title marks, e.g. 吉林省国民经济和社会发展第十二个五年规划纲要
 * @param shortTitle the short name the notice uses for it, e.g. 《纲要》; null when none is
 * declared
 * @param startYear first year of the plan period (十二五 → 2011); null when the notice does
 * not say
 * @param endYear last year of the plan period (十二五 → 2015); null when the notice does not
 * say
 */
public record PlanOutline(String title, String shortTitle, Integer startYear, Integer endYear) {

	/**
	 * The year before the plan starts, against which reductions are measured (十二五 →
	 * 2010).
	 */
	public Integer baselineYear() {
		return startYear == null ? null : startYear - 1;
	}

}
