package org.luoshi.evaluation;

import java.util.List;

/**
 * One organisation's assessment as its breakdown page shows it: its place and score,
 * where every point came from, the office's adjustments with their reasons, and its
 * objections with the answers.
 */
public record OrganisationAssessment(AssessmentSummary assessment, RankedScore score, ScoreBreakdown breakdown,
		List<ScoreAdjustment> adjustments, List<Objection> objections) {

	public OrganisationAssessment {
		adjustments = List.copyOf(adjustments);
		objections = List.copyOf(objections);
	}

}
