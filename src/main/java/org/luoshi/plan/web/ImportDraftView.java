package org.luoshi.plan.web;

import java.util.List;

import org.luoshi.notice.NoticeDraft;
import org.luoshi.notice.ParseWarning;
import org.luoshi.notice.TaskDraft;
import org.luoshi.plan.ImportPreview;
import org.luoshi.plan.NameResolution;

/**
 * A pending import as the office checks it before confirming: what the plan will be, each
 * chapter with its tasks and who answers for them, the importer's warnings, and the names
 * that still need an organisation.
 *
 * @param preview the import as the register computed it
 * @param chapters the chapters read, each with every task under it
 * @param taskCount how many tasks were read
 * @param unknown names the directory does not know yet
 * @param mapped names the office has mapped to an organisation
 */
public record ImportDraftView(ImportPreview preview, List<ChapterView> chapters, long taskCount,
		List<NameResolution> unknown, List<NameResolution> mapped) {

	static ImportDraftView of(ImportPreview preview) {
		NoticeDraft draft = preview.draft();
		List<ChapterView> chapters = draft.chapters()
			.stream()
			.map((chapter) -> new ChapterView(chapter.label(), chapter.title(), chapter.line(),
					chapter.allTasks().toList()))
			.toList();
		return new ImportDraftView(preview, chapters, draft.tasks().count(),
				preview.names().stream().filter(NameResolution::unknown).toList(),
				preview.names().stream().filter(NameResolution::mapped).toList());
	}

	public NoticeDraft draft() {
		return this.preview.draft();
	}

	public List<ParseWarning> warnings() {
		return this.preview.draft().warnings();
	}

	/** A chapter as read, with all its tasks in document order. */
	public record ChapterView(String label, String title, int line, List<TaskDraft> tasks) {
	}

}
