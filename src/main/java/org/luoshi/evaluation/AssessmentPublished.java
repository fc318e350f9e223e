package org.luoshi.evaluation;

/** The office published a year's assessment results to the portal. */
public record AssessmentPublished(long assessmentId, long planId, int year, String publishedBy) {

}
