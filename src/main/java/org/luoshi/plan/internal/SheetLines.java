package org.luoshi.plan.internal;

import java.util.List;

import org.luoshi.notice.ChapterDraft;
import org.luoshi.notice.NoticeDraft;
import org.luoshi.notice.SectionDraft;
import org.luoshi.notice.TaskDraft;
import org.luoshi.plan.internal.sheet.SheetImport;

/**
 * A task read from a division spreadsheet points back to its row in the stored sheet, as
 * a task read from a notice points back to its line — so that "where does this come from"
 * always has an answer in a stored document.
 */
public final class SheetLines {

	private SheetLines() {
	}

	public static NoticeDraft pointToRows(SheetImport sheet) {
		NoticeDraft d = sheet.draft();
		List<ChapterDraft> chapters = d.chapters()
			.stream()
			.map(c -> new ChapterDraft(c.number(), c.label(), c.title(), c.line(), rows(c.tasks(), sheet),
					c.sections()
						.stream()
						.map(s -> new SectionDraft(s.number(), s.label(), s.title(), s.line(), rows(s.tasks(), sheet),
								s.notes()))
						.toList(),
					c.notes()))
			.toList();
		return new NoticeDraft(d.title(), d.documentNumber(), d.issuer(), d.date(), d.plan(), d.addressees(),
				d.principles(), chapters, d.workRequirements(), d.bindingIndicators(), d.expectedTargets(),
				d.decomposition(), d.reporting(), d.evaluation(), d.warnings());
	}

	private static List<TaskDraft> rows(List<TaskDraft> tasks, SheetImport sheet) {
		return tasks.stream()
			.map(t -> new TaskDraft(t.id(), t.text(), t.responsibilityClause(), t.mode(), t.responsible(), t.lead(),
					t.openEnded(), sheet.rows().getOrDefault(t.id(), t.line())))
			.toList();
	}

}
