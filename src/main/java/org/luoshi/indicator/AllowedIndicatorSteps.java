package org.luoshi.indicator;

/**
 * What the signed-in user may change about an indicator and its plan, for a page to show
 * only the forms it may use; the services decide the same way when the change is made.
 *
 * @param enterFigures enter or revise the indicator's yearly figures
 * @param complete complete its baseline and target
 * @param importFigures import a file of figures for the plan
 * @param setThresholds set the plan's status thresholds and mid-term year
 * @param proposeRevision propose a revised target
 * @param decideRevision approve or return a proposed target
 */
public record AllowedIndicatorSteps(boolean enterFigures, boolean complete, boolean importFigures,
		boolean setThresholds, boolean proposeRevision, boolean decideRevision) {

}
