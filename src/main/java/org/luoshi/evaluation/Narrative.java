package org.luoshi.evaluation;

/**
 * The office's own sections of a report, written on the page: 总体情况 (overall), 存在问题
 * (problems) and 下一步工作 (next steps). Null or blank: not written yet.
 */
public record Narrative(String overall, String problems, String nextSteps) {

	public static Narrative empty() {
		return new Narrative(null, null, null);
	}

}
