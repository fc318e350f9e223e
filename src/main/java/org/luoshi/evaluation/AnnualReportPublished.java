package org.luoshi.evaluation;

/** A frozen annual report was published to the portal. */
public record AnnualReportPublished(long reportId, long planId, int year, int number, String actor) {

}
