package org.luoshi.notice;

import java.time.MonthDay;

/**
 * The yearly progress report the notice orders.
 *
 * @param who who must report, as written (各有关部门)
 * @param what what they report
 * @param to to whom (省政府)
 * @param deadline the yearly deadline (每年3月底前 → --03-31); null when the notice gives none
 * (每季度末报送)
 * @param text the sentence as written
 * @param line 1-based source line
 * @param frequency how often: {@link #YEARLY}, {@link #HALF_YEARLY} or {@link #QUARTERLY}
 * @param daysAfterPeriod for a half-yearly or quarterly report, how many days after the
 * period's last day it is due: 0 for 每季度末, 10 for 季度结束后10日内 or 次月10日前; null when the
 * notice does not say
 */
public record ReportingRule(String who, String what, String to, MonthDay deadline, String text, int line,
		String frequency, Integer daysAfterPeriod) {

	public static final String YEARLY = "yearly";

	public static final String HALF_YEARLY = "half-yearly";

	public static final String QUARTERLY = "quarterly";

	/** A yearly report. */
	public ReportingRule(String who, String what, String to, MonthDay deadline, String text, int line) {
		this(who, what, to, deadline, text, line, YEARLY, null);
	}

	/** A report as often as the frequency says, due when the notice does not say. */
	public ReportingRule(String who, String what, String to, MonthDay deadline, String text, int line,
			String frequency) {
		this(who, what, to, deadline, text, line, frequency, null);
	}

}
