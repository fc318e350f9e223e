package org.luoshi.evaluation.web;

import java.util.ArrayList;
import java.util.List;

import org.luoshi.evaluation.AnnualReportSummary;
import org.luoshi.plan.PlanOverview;

/** One year of the plan on the report page, with its drafts newest first. */
record YearRow(int year, List<AnnualReportSummary> drafts) {

	static List<YearRow> of(PlanOverview plan, List<AnnualReportSummary> drafts) {
		List<YearRow> rows = new ArrayList<>();
		if (plan.startYear() == null || plan.endYear() == null) {
			return rows;
		}
		for (int year = plan.startYear(); year <= plan.endYear(); year++) {
			int y = year;
			rows.add(new YearRow(year, drafts.stream().filter((d) -> d.year() == y).toList()));
		}
		return rows;
	}

}
