package org.luoshi.plan.internal.sheet;

import java.util.List;

import org.luoshi.plan.PlanStructure;
import org.luoshi.plan.TaskSummary;

/**
 * The division spreadsheet (分工表) of a plan, as offices exchange it: one row per task with
 * 序号, 章, 节, 任务, 牵头单位, 责任单位, 方式 and 原文行号, names as the notice wrote them. Feed it
 * {@code PlanRegister.structure(planId)} and
 * {@code PlanRegister.tasks(planId, TaskFilter.none(), 0, Integer.MAX_VALUE).items()}.
 */
public final class DivisionSheet {

	public static final String XLSX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	public static final String CSV_MEDIA_TYPE = "text/csv;charset=UTF-8";

	/** The name a downloaded division table is saved under: the plan's title and 分工表. */
	public static String fileName(String planTitle, String extension) {
		return planTitle + XlsxWriter.SHEET + "." + extension;
	}

	private DivisionSheet() {
	}

	/**
	 * The register as an Excel workbook (.xlsx).
	 * @param structure the plan's chapters and sections
	 * @param tasks its tasks in register order
	 * @return the workbook's bytes
	 */
	public static byte[] xlsx(PlanStructure structure, List<TaskSummary> tasks) {
		return xlsx(null, structure, tasks);
	}

	/**
	 * The register as an Excel workbook whose 说明 sheet names the plan, so that reading it
	 * back finds the plan by its title.
	 * @param planTitle the plan's title, or null
	 * @param structure the plan's chapters and sections
	 * @param tasks its tasks in register order
	 * @return the workbook's bytes
	 */
	public static byte[] xlsx(String planTitle, PlanStructure structure, List<TaskSummary> tasks) {
		return XlsxWriter.write(DivisionRows.of(structure, tasks), planTitle);
	}

	/**
	 * The register as CSV: UTF-8 with a byte-order mark, RFC 4180 quoting, formulas
	 * defused.
	 * @param structure the plan's chapters and sections
	 * @param tasks its tasks in register order
	 * @return the file's bytes
	 */
	public static byte[] csv(PlanStructure structure, List<TaskSummary> tasks) {
		return CsvWriter.write(DivisionRows.of(structure, tasks));
	}

}
