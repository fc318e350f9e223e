package org.luoshi.security;

import org.luoshi.common.Audited;
import org.luoshi.common.Vocabulary;

/**
 * A sign-in with a user name and password, successful or refused (wrong password, unknown
 * or disabled user, throttled): recorded in the audit log with the client address. A
 * script's HTTP Basic sign-ins are recorded at most once an hour per user; every refusal
 * is recorded.
 */
@Vocabulary("the audit summary is recorded once, in the office's language, and kept as written")
public record SignInRecorded(String username, String address, Outcome outcome) implements Audited {

	/** How the attempt ended. */
	public enum Outcome {

		/** Signed in. */
		SUCCEEDED("security.sign-in", "登录成功"),
		/** Wrong password, unknown or disabled user. */
		FAILED("security.sign-in-failed", "登录失败"),
		/** Refused unchecked: too many failures of this user name or address. */
		THROTTLED("security.sign-in-throttled", "登录失败次数过多，暂被拒绝");

		private final String action;

		private final String text;

		Outcome(String action, String text) {
			this.action = action;
			this.text = text;
		}

	}

	@Override
	public String actor() {
		return this.username;
	}

	@Override
	public String action() {
		return this.outcome.action;
	}

	@Override
	public String subject() {
		return "user:" + this.username;
	}

	@Override
	public String summary() {
		return this.outcome.text + "：" + this.username + "（来自 " + this.address + "）";
	}

}
