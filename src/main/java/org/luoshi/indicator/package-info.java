/**
 * Indicators (指标) and what they are held to: each plan's binding indicators and expected
 * targets with their baselines and targets, the yearly figures reported for them (every
 * revision kept), the arithmetic of DESIGN.md (expected path, progress against time
 * elapsed, status, projection) and the splitting of provincial targets among the cities
 * (指标分解) with its review and roll-up; revised targets (部分指标调整) and the mid-term outlook
 * ({@link org.luoshi.indicator.IndicatorOutlooks}) that the evaluation reads.
 * <p>
 * It depends on {@code plan} because its indicators are created from
 * {@link org.luoshi.plan.ImportConfirmed}, in the transaction that imports the plan, and
 * refer to the plan's tasks by id and to the plan's period; on {@code notice} because
 * that event carries the notice's {@link org.luoshi.notice.IndicatorDraft}s and
 * {@link org.luoshi.notice.DecompositionRule} and an indicator's arithmetic is the
 * notice's {@link org.luoshi.notice.IndicatorKind}; on {@code organisation} for the
 * organisations that answer for an indicator, the province a target applies to and the
 * city governments it is split among; on {@code security} for who is signed in, as the
 * services decide who acts ({@code internal.IndicatorAccess}): only the lead
 * organisation's reporters (or the office) draft a split and only the office reviews and
 * issues it, figures come from the office and the answering organisations' reporters,
 * revised targets are proposed by the office and approved by a leader; and on the shared
 * {@code common} for compared names.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Indicator",
		allowedDependencies = { "plan", "notice", "organisation", "security", "common" })
package org.luoshi.indicator;
