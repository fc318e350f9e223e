/**
 * The yearly reporting cycle (年度进展情况): the planning office opens a cycle for a year of a
 * plan with a deadline and a timetable of reminders; every responsible organisation
 * drafts one report with an entry per task it leads or shares and the indicator figures
 * it answers for; a co-responsible organisation's input goes to the lead, which writes
 * the consolidated account; the report is submitted, approved by the organisation's
 * approver, received and accepted by the office — or returned with a comment. Every
 * submission is kept as a snapshot; every step is recorded and audited; reminders,
 * escalations (督办) and the timeliness of each organisation follow from the timetable.
 * Where a task went across levels ({@link org.luoshi.reporting.TaskCascade}) joins the
 * register's links with the progress the lower plans' organisations reported.
 * <p>
 * It depends on {@code plan} for the tasks and who answers for them; on
 * {@code organisation} for names and the members of collective names; on
 * {@code indicator} for the indicators an organisation answers for and because the
 * figures a report carries are entered through its
 * {@link org.luoshi.indicator.IndicatorFigures}, checked as every figure is; on
 * {@code security} for who acts ({@link org.luoshi.security.CurrentActor}) and in which
 * role; on {@code implementation} for the milestones an organisation filed, which its
 * report answers, and to deliver the office's filing reminders; and on the shared
 * {@code common}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reporting",
		allowedDependencies = { "plan", "organisation", "indicator", "implementation", "security", "common" })
package org.luoshi.reporting;
