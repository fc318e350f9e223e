package org.luoshi.indicator;

/**
 * One year of an indicator's chart: where the expected path stands and what was reached
 * (for a cumulative indicator: the total so far); null where there is nothing to show.
 */
public record PathPoint(int year, Double expected, Double actual) {

}
