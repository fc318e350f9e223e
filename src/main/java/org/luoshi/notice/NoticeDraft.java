package org.luoshi.notice;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/**
 * What the importer read from one division notice, before anybody confirmed it: the plan
 * it divides, the notice's numbered structure with every task and who answers for it, the
 * indicators with hard targets, the work requirements (reporting deadline, annual report,
 * mid-term evaluation, assessment) and everything it could not read with certainty
 * ({@link #warnings()}).
 */
public record NoticeDraft(String title, String documentNumber, String issuer, LocalDate date, PlanOutline plan,
		List<String> addressees, List<NumberedParagraph> principles, List<ChapterDraft> chapters,
		List<NumberedParagraph> workRequirements, List<IndicatorDraft> bindingIndicators,
		List<IndicatorDraft> expectedTargets, DecompositionRule decomposition, ReportingRule reporting,
		List<EvaluationRule> evaluation, List<ParseWarning> warnings) {

	public NoticeDraft {
		addressees = List.copyOf(addressees);
		principles = List.copyOf(principles);
		chapters = List.copyOf(chapters);
		workRequirements = List.copyOf(workRequirements);
		bindingIndicators = List.copyOf(bindingIndicators);
		expectedTargets = List.copyOf(expectedTargets);
		evaluation = List.copyOf(evaluation);
		warnings = List.copyOf(warnings);
	}

	/**
	 * Every task in document order, whether it stands under a section or directly under a
	 * chapter.
	 */
	public Stream<TaskDraft> tasks() {
		return chapters.stream().flatMap(ChapterDraft::allTasks);
	}

	public int sectionCount() {
		return chapters.stream().mapToInt(c -> c.sections().size()).sum();
	}

	/** Distinct names of responsible organisations, in order of first appearance. */
	public List<String> distinctResponsible() {
		return tasks().flatMap(t -> t.responsible().stream()).map(ResponsibleOrganisation::name).distinct().toList();
	}

}
