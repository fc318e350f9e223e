package org.luoshi.reporting;

/**
 * What the reporter writes about one task; a null field leaves the saved text as it is.
 *
 * @param status not-started, in-progress, completed, lagging, blocked (or 未启动, 推进中, 已完成,
 * 滞后, 受阻)
 * @param done what was done in the year
 * @param figures the figures that show it (investment, output, area)
 * @param problems what stands in the way
 * @param nextSteps what comes next
 */
public record EntryChange(String status, String done, String figures, String problems, String nextSteps) {

}
