package org.luoshi.indicator;

/**
 * The year of a plan's mid-term evaluation (中期评估): the one the office set, or the
 * half-way year of the plan period (2013 for 2011–2015).
 *
 * @param set the office set it; false while it is the half-way year
 * @param version what a change must name (If-Match); 0 while not set
 */
public record MidtermYear(long planId, int year, boolean set, int version) {

}
