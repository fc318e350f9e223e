package org.luoshi.plan.internal.sheet;

import org.luoshi.notice.TaskDraft;

/**
 * One filled row of the sheet, read: where it stands (章, 节) and the task it holds.
 *
 * @param row the Excel row
 * @param chapter the 章 cell, empty when missing
 * @param section the 节 cell, empty for a task directly under the chapter
 * @param code the 序号 when it is well formed, otherwise null
 * @param isTask whether the row holds a task rather than only a heading
 * @param task the task, or null for a heading row or a row with problems
 */
record SheetEntry(int row, String chapter, String section, String code, boolean isTask, TaskDraft task) {
}
