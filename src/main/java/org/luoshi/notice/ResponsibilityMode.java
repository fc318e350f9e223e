package org.luoshi.notice;

/**
 * How a responsibility clause shares a task: one leads (牵头), all answer (负责), each for
 * its share (按职责分工负责).
 */
public enum ResponsibilityMode {

	LEAD("lead"), RESPONSIBLE("responsible"), BY_DUTY("by-duty");

	private final String code;

	ResponsibilityMode(String code) {
		this.code = code;
	}

	public String code() {
		return code;
	}

}
