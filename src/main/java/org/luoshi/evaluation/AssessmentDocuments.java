package org.luoshi.evaluation;

import java.util.Locale;
import java.util.Map;

import org.luoshi.evaluation.internal.AssessmentExport;
import org.luoshi.evaluation.internal.AssessmentStore;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A year's assessment results as .xlsx and .docx: the ranking of each group and every
 * organisation's breakdown, for whoever may read the whole ranking.
 */
@Service
@Transactional(readOnly = true)
public class AssessmentDocuments {

	private final Assessments assessments;

	private final AssessmentStore store;

	private final AssessmentExport export;

	AssessmentDocuments(Assessments assessments, AssessmentStore store, AssessmentExport export) {
		this.assessments = assessments;
		this.store = store;
		this.export = export;
	}

	public byte[] xlsx(long planId, int year, Locale locale) {
		Ranking ranking = this.assessments.ranking(planId, year);
		return this.export.xlsx(ranking, breakdowns(ranking), locale);
	}

	public byte[] docx(long planId, int year, Locale locale) {
		Ranking ranking = this.assessments.ranking(planId, year);
		return this.export.docx(ranking, breakdowns(ranking), locale);
	}

	// one query for the run's breakdowns, whatever the number of organisations
	private Map<Long, ScoreBreakdown> breakdowns(Ranking ranking) {
		return this.store.run(ranking.assessment().id(), ranking.assessment().run());
	}

}
