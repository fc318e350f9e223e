package org.luoshi.installation.internal.synthetic;

import java.util.List;

/**
 * The tables the generator fills and the columns it writes, parents before children: rows
 * are sent in this order, so every foreign key finds its row already written. Columns
 * left out take their defaults (version 0, not removed, not ended).
 */
enum Table {

	REGION("region", "id", "name", "short_name", "level", "parent_id"),

	ORGANISATION("organisation", "id", "name", "kind", "region_id", "collective", "created_at"),

	ORGANISATION_NAME("organisation_name", "id", "organisation_id", "name", "compared_name", "type"),

	NOTICE("notice", "id", "sha256", "file_name", "format", "encoding", "byte_size", "content", "text_content", "title",
			"issuer", "issued_on", "imported_by", "imported_at"),

	PLAN("plan", "id", "title", "compared_title", "short_title", "start_year", "end_year", "issuer", "issued_on",
			"created_at", "reporting_deadline", "reporting_frequency"),

	PLAN_REVISION("plan_revision", "id", "plan_id", "notice_id", "number", "summary", "applied_by", "applied_at"),

	CHAPTER("chapter", "id", "plan_id", "number", "label", "title"),

	SECTION("section", "id", "chapter_id", "number", "label", "title"),

	TASK("task", "id", "plan_id", "chapter_id", "section_id", "code", "position", "text", "compared_text",
			"responsibility_clause", "mode", "open_ended", "notice_id", "created_at"),

	ASSIGNMENT("assignment", "id", "task_id", "organisation_id", "written_name", "role", "position"),

	INDICATOR("indicator", "id", "plan_id", "name", "compared_name", "binding", "kind", "unit", "baseline_year",
			"baseline_value", "target", "target_year", "lead_organisation_id", "region_id", "position", "created_at"),

	INDICATOR_ORGANISATION("indicator_organisation", "indicator_id", "organisation_id", "written_name", "position",
			"lead"),

	INDICATOR_VALUE("indicator_value", "id", "indicator_id", "region_id", "figure_year", "figure", "status", "source",
			"entered_by", "entered_at", "figure_form", "illustrative"),

	REPORTING_CYCLE("reporting_cycle", "id", "plan_id", "report_year", "deadline", "time_zone", "opened_by",
			"opened_at", "illustrative", "rhythm", "period_number"),

	PROGRESS_REPORT("progress_report", "id", "cycle_id", "organisation_id", "state", "updated_by", "updated_at",
			"created_at"),

	REPORT_ENTRY("report_entry", "id", "report_id", "task_id", "kind", "lead_organisation_id", "position", "status",
			"done", "problems", "next_steps", "updated_by", "updated_at"),

	REPORT_FIGURE("report_figure", "report_id", "indicator_id", "position", "value_id");

	private final String table;

	private final List<String> columns;

	Table(String table, String... columns) {
		this.table = table;
		this.columns = List.of(columns);
	}

	String table() {
		return this.table;
	}

	List<String> columns() {
		return this.columns;
	}

	/** Whether the first column is the identity the generator numbers itself. */
	boolean numbered() {
		return this.columns.get(0).equals("id");
	}

}
