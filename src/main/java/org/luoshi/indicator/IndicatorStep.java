package org.luoshi.indicator;

import com.fasterxml.jackson.annotation.JsonValue;
import org.luoshi.common.Worded;

/**
 * What somebody does with indicators, as the access rules and their refusals name it: the
 * lead organisation drafts a split and the office reviews it; the office and the
 * answering organisations enter figures; the office completes baselines, sets thresholds,
 * imports files and proposes revised targets, which a leader approves or returns.
 */
public enum IndicatorStep implements Worded {

	DRAFT_SPLIT("draft-split"), REVIEW_SPLIT("review-split"), ENTER_FIGURE("enter-figure"),
	IMPORT_FIGURES("import-figures"), COMPLETE("complete"), SET_THRESHOLDS("set-thresholds"),
	PROPOSE_REVISION("propose-revision"), DECIDE_REVISION("decide-revision"), SET_MIDTERM_YEAR("set-midterm-year");

	private final String code;

	IndicatorStep(String code) {
		this.code = code;
	}

	@JsonValue
	public String code() {
		return this.code;
	}

	@Override
	public String wordCode() {
		return "indicator.step." + this.code;
	}

}
