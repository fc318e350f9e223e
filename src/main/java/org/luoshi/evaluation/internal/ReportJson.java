package org.luoshi.evaluation.internal;

import org.luoshi.evaluation.AnnualReportModel;
import tools.jackson.databind.json.JsonMapper;

/** A report's numbers as the JSON kept with its draft. */
final class ReportJson {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ReportJson() {
	}

	static String write(AnnualReportModel model) {
		return JSON.writeValueAsString(model);
	}

	static AnnualReportModel read(String json) {
		return JSON.readValue(json, AnnualReportModel.class);
	}

}
