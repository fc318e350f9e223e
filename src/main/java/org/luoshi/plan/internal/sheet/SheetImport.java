package org.luoshi.plan.internal.sheet;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.luoshi.notice.NoticeDraft;
import org.luoshi.notice.NoticeText;

/**
 * An uploaded division spreadsheet read into what the reviewed import works on.
 *
 * @param text the sheet to keep as the notice: one line per row (line n is Excel row n),
 * the cells joined by TAB; format xlsx, SHA-256 of the file's bytes
 * @param draft the chapters, sections and tasks the sheet holds; a task's line is its
 * 原文行号 (0 when the cell is empty), a chapter's or section's line the row where it first
 * appears; the plan's title is the one the 说明 sheet names, or null
 * @param rows for each task id (序号), in sheet order, the Excel row it stands in, which is
 * its line in {@code text}
 */
public record SheetImport(NoticeText text, NoticeDraft draft, Map<String, Integer> rows) {

	public SheetImport {
		rows = Collections.unmodifiableMap(new LinkedHashMap<>(rows));
	}

}
