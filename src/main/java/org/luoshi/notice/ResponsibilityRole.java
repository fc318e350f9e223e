package org.luoshi.notice;

/** What one named organisation does for a task, from the role word after its name. */
public enum ResponsibilityRole {

	/** 牵头, or listed first under the notice's rule 列第一位者为牵头部门. */
	LEAD("lead"),
	/** 负责 */
	RESPONSIBLE("responsible"),
	/** 按职责分工负责 */
	BY_DUTY("by-duty"),
	/** 参与 */
	PARTICIPANT("participant"),
	/** 配合, 协助 */
	SUPPORTING("supporting"),
	/** 指导 */
	GUIDING("guiding");

	private final String code;

	ResponsibilityRole(String code) {
		this.code = code;
	}

	public String code() {
		return code;
	}

}
