package org.luoshi.indicator;

/**
 * Where the trend of the figures so far leads by the target year: a least-squares line
 * through them (with the baseline), or for a cumulative indicator the total so far plus
 * the trend of the yearly amounts for the years left.
 *
 * @param year the target year
 * @param level the projected level (or total)
 * @param slope the trend per year
 * @param meetsTarget whether the projected level meets the target; null without a
 * baseline
 */
public record Projection(int year, double level, double slope, Boolean meetsTarget) {

}
