package org.luoshi.indicator;

/**
 * A plan's status thresholds in percentage points, with the version a change must name (0
 * while the plan is on the defaults).
 */
public record PlanThresholds(long planId, double onTrackPoints, double atRiskPoints, int version) {

}
