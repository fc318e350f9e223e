package org.luoshi.indicator.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * The year of a plan's mid-term evaluation.
 *
 * @param year a year of the plan period
 */
record MidtermYearForm(@NotNull @Min(1949) @Max(2100) Integer year) {

}
