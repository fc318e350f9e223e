package org.luoshi.indicator;

/**
 * Whether an organisation's yearly report is still open, which decides whether its
 * reporters may enter or revise the year's figures. The reporting module owns reports and
 * depends on this module (a report carries figures entered through
 * {@link IndicatorFigures}), so this module cannot ask it directly: it declares this port
 * and reporting implements it. Without reporting (a test of this module alone) no report
 * is open and only the office enters figures.
 */
public interface ReportingWindow {

	/**
	 * @return true while the organisation's report for the plan's year exists, has not
	 * been accepted and its due date has not passed
	 */
	boolean open(long planId, int year, long organisationId);

}
