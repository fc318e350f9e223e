package org.luoshi.notice.internal.parse;

import java.util.ArrayList;
import java.util.List;

import org.luoshi.common.Vocabulary;
import org.luoshi.notice.ChapterDraft;
import org.luoshi.notice.IndicatorDraft;
import org.luoshi.notice.SectionDraft;
import org.luoshi.notice.TaskDraft;

/**
 * The notice's targets: every target in a chapter or section about binding indicators
 * (约束性指标), or in a task marked 约束性, is binding; targets elsewhere in task text are
 * expected targets.
 */
@Vocabulary("the word 约束性 with which notices mark binding targets")
record NoticeTargets(List<IndicatorDraft> binding, List<IndicatorDraft> expected) {

	static NoticeTargets of(List<ChapterDraft> chapters, Integer planEndYear) {
		List<IndicatorDraft> binding = new ArrayList<>();
		List<IndicatorDraft> expected = new ArrayList<>();
		for (ChapterDraft chapter : chapters) {
			boolean bindingChapter = isBindingHeading(chapter.title());
			for (TaskDraft task : chapter.tasks()) {
				read(task, bindingChapter, planEndYear, binding, expected);
			}
			for (SectionDraft section : chapter.sections()) {
				boolean bindingSection = bindingChapter || isBindingHeading(section.title());
				for (TaskDraft task : section.tasks()) {
					read(task, bindingSection, planEndYear, binding, expected);
				}
			}
		}
		return new NoticeTargets(binding, expected);
	}

	private static boolean isBindingHeading(String title) {
		return Normalized.compare(title).contains("约束性");
	}

	private static void read(TaskDraft task, boolean bindingHeading, Integer planEndYear, List<IndicatorDraft> binding,
			List<IndicatorDraft> expected) {
		String text = Normalized.compare(task.text());
		boolean isBinding = bindingHeading || text.contains("约束性");
		for (IndicatorReader.Target t : IndicatorReader.read(text)) {
			Integer year = t.year() != null ? t.year() : planEndYear;
			IndicatorDraft draft = new IndicatorDraft(t.name(), isBinding, t.kind(), t.target(), t.upper(), t.unit(),
					year, t.year() != null, t.baselineYear(), task.id(), task.responsibleNames(), task.mode(),
					task.line());
			(isBinding ? binding : expected).add(draft);
		}
	}

}
