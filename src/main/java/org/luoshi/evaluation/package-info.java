/**
 * The planning office's reports on the plan (规划实施评估): the annual implementation report
 * (规划实施年度进展情况报告) drafted from the year's figures and progress reports, edited, frozen and
 * published; and the mid-term evaluation report (中期评估报告) at the plan's mid-term year,
 * generated read-only from the data ({@link org.luoshi.evaluation.MidtermReports}). Every
 * annual generation is a numbered draft; freezing keeps its numbers for ever, publishing
 * hands them to the public portal. The responsibility assessment (责任考核,
 * {@link org.luoshi.evaluation.Assessments}) scores every organisation of a year's cycle
 * under the office's versioned rubric ({@link org.luoshi.evaluation.Rubrics}) and ranks
 * provincial departments and cities apart; the office reviews, locks and publishes the
 * results ({@link org.luoshi.evaluation.AssessmentReview}).
 * <p>
 * It depends on {@code plan} for the plan's period, chapters and tasks with their lead;
 * on {@code indicator} for the indicators as they stood in the year
 * ({@link org.luoshi.indicator.IndicatorYears}), the plan's thresholds and the city
 * roll-up of decomposed ones ({@link org.luoshi.indicator.RollUps}), the mid-term outlook
 * ({@link org.luoshi.indicator.IndicatorOutlooks}) and revised targets
 * ({@link org.luoshi.indicator.TargetRevisions}); on {@code reporting} for the year's
 * cycle, the task statuses its submitted reports gave
 * ({@link org.luoshi.reporting.TaskOutcomes}) and every organisation's timeliness
 * ({@link org.luoshi.reporting.CycleProgress}), and for the assessment how each
 * organisation reported, with its kind, escalations and returns
 * ({@link org.luoshi.reporting.CycleConduct}) — so that telling a city from a department
 * needs no dependency on {@code organisation}; on {@code security} for who acts, as only
 * the office writes and publishes and leaders read; and on the shared {@code common} for
 * refusals and versions.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Evaluation",
		allowedDependencies = { "plan", "indicator", "reporting", "security", "common" })
package org.luoshi.evaluation;
