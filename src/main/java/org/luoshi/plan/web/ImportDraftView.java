package org.luoshi.plan.web;

import java.util.List;
import java.util.function.Function;

import org.luoshi.notice.NoticeDraft;
import org.luoshi.notice.TaskDraft;
import org.luoshi.plan.ImportPreview;
import org.luoshi.plan.NameResolution;
import org.luoshi.plan.internal.ImporterTexts;

import org.springframework.context.MessageSourceResolvable;

/**
 * A pending import as the office checks it before confirming: what the plan will be, each
 * chapter with its tasks and who answers for them, the importer's warnings in the
 * reader's language, and the names that still need an organisation.
 *
 * @param preview the import as the register computed it
 * @param chapters the chapters read, each with every task under it
 * @param taskCount how many tasks were read
 * @param unknown names the directory does not know yet
 * @param mapped names the office has mapped to an organisation
 * @param warnings the importer's warnings, their texts put into words
 */
public record ImportDraftView(ImportPreview preview, List<ChapterView> chapters, long taskCount,
		List<NameResolution> unknown, List<NameResolution> mapped, List<WarningView> warnings) {

	/**
	 * @param preview the import as the register computed it
	 * @param words puts the importer's texts into the reader's language
	 */
	static ImportDraftView of(ImportPreview preview, Function<MessageSourceResolvable, String> words) {
		NoticeDraft draft = preview.draft();
		List<ChapterView> chapters = draft.chapters()
			.stream()
			.map((chapter) -> new ChapterView(chapter.label(), chapter.title(), chapter.line(),
					chapter.allTasks().toList()))
			.toList();
		return new ImportDraftView(preview, chapters, draft.tasks().count(),
				preview.names().stream().filter(NameResolution::unknown).toList(),
				preview.names().stream().filter(NameResolution::mapped).toList(),
				draft.warnings()
					.stream()
					.map((w) -> new WarningView(w.line(), w.code(), words.apply(ImporterTexts.resolvable(w.text()))))
					.toList());
	}

	public NoticeDraft draft() {
		return this.preview.draft();
	}

	/** A warning of the importer as the page lists it: line, kind and what it found. */
	public record WarningView(int line, String code, String message) {
	}

	/** A chapter as read, with all its tasks in document order. */
	public record ChapterView(String label, String title, int line, List<TaskDraft> tasks) {
	}

}
