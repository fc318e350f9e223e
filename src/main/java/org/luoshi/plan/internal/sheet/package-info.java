/**
 * The division spreadsheet (分工表): a plan's register exported to .xlsx and .csv, one row
 * per task, and an edited .xlsx read back into a {@link org.luoshi.notice.NoticeDraft}
 * that the reviewed import can treat as a revision. Plain Java on Apache POI, no Spring:
 * {@link org.luoshi.plan.internal.sheet.DivisionSheet} writes,
 * {@link org.luoshi.plan.internal.sheet.DivisionSheetReader} reads.
 */
package org.luoshi.plan.internal.sheet;
