package org.luoshi.indicator;

/**
 * Where the trend of the figures so far leads by the target year: a least-squares line
 * through them (with the baseline), or for a cumulative indicator the total so far plus
 * the trend of the yearly amounts for the years left.
 *
 * @param year the target year
 * @param level the projected level (or total); null for a reduce- or increase-by-percent
 * indicator known only by its rates and changes, without a baseline level
 * @param slope the trend per year: of the level, or where there is no level of the change
 * in percentage points
 * @param meetsTarget whether the projected level meets the target; null without a
 * baseline
 * @param change for a reduce- or increase-by-percent indicator, the projected change
 * since the baseline year in percent; null for other kinds
 */
public record Projection(int year, Double level, double slope, Boolean meetsTarget, Double change) {

}
