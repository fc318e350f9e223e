package org.luoshi.reporting;

import java.time.OffsetDateTime;

import org.luoshi.common.Vocabulary;
import org.luoshi.common.Audited;

/** The office opened a reporting cycle: who reports on what, by when. */
@Vocabulary("the audit summary is recorded once, in the office's language, and kept as written")
public record CycleOpened(long cycleId, long planId, ReportingPeriod period, OffsetDateTime deadline, int organisations,
		String actor) implements Audited {

	@Override
	public String action() {
		return "reporting.cycle-opened";
	}

	@Override
	public String subject() {
		return "cycle:" + this.cycleId;
	}

	@Override
	public String summary() {
		return "开启 " + this.period.code() + " 进展情况报送，截止 " + this.deadline + "，" + this.organisations + " 个单位报送";
	}

}
