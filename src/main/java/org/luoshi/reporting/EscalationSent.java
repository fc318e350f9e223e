package org.luoshi.reporting;

import org.luoshi.common.Vocabulary;
import org.luoshi.common.Audited;

/** The office pressed an organisation and its leadership to report (督办). */
@Vocabulary("the audit summary is recorded once, in the office's language, and kept as written")
public record EscalationSent(long cycleId, long organisationId, String message, int mails,
		String actor) implements Audited {

	@Override
	public String action() {
		return "reporting.escalation-sent";
	}

	@Override
	public String subject() {
		return "cycle:" + this.cycleId;
	}

	@Override
	public String summary() {
		return "督办单位 " + this.organisationId + "：" + this.message;
	}

}
