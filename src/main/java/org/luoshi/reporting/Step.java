package org.luoshi.reporting;

import org.luoshi.common.Worded;

/**
 * What somebody does in the reporting cycle, as the access rules and refusals name it:
 * each step belongs to one role (reporters write and submit, approvers approve, the
 * office runs the cycle and reviews), and leaders only read.
 */
public enum Step implements Worded {

	READ("read"), WRITE("write"), SUBMIT("submit"), APPROVE("approve"), RETURN_FROM_APPROVAL("return-from-approval"),
	RECEIVE("receive"), ACCEPT("accept"), RETURN_FROM_OFFICE("return-from-office"), GRANT_EXCEPTION("grant-exception"),
	RUN_CYCLE("run-cycle");

	private final String code;

	Step(String code) {
		this.code = code;
	}

	public String code() {
		return this.code;
	}

	@Override
	public String wordCode() {
		return "reporting.step." + this.code;
	}

}
