package org.luoshi.reporting;

import java.util.Arrays;

import com.fasterxml.jackson.annotation.JsonValue;
import org.luoshi.common.Worded;

/**
 * Where a progress report stands: drafted by the organisation's reporter, submitted,
 * approved by its approver, received by the planning office and accepted — or returned
 * with a comment from either review, back to draft. One method per transition; each
 * refuses by name what the state does not allow.
 */
public enum ReportState implements Worded {

	DRAFT("draft"), SUBMITTED("submitted"), APPROVED("approved"), RECEIVED("received"), ACCEPTED("accepted");

	private final String code;

	ReportState(String code) {
		this.code = code;
	}

	@JsonValue
	public String code() {
		return this.code;
	}

	@Override
	public String wordCode() {
		return "reporting.state." + this.code;
	}

	public static ReportState of(String code) {
		return Arrays.stream(values())
			.filter((s) -> s.code.equals(code))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("unknown report state " + code));
	}

	/** Sent at least once and not returned since: counted as in by the office. */
	public boolean submitted() {
		return this != DRAFT;
	}

	public ReportState submit() {
		if (this != DRAFT) {
			throw new WorkflowRefusal.ReportNotSubmittable(this);
		}
		return SUBMITTED;
	}

	public ReportState approve() {
		if (this != SUBMITTED) {
			throw new WorkflowRefusal.ReportMayNotBeApproved(this);
		}
		return APPROVED;
	}

	/** The organisation's approver sends it back to the reporter. */
	public ReportState returnFromApproval() {
		if (this != SUBMITTED) {
			throw new WorkflowRefusal.ReportMayNotBeReturned(this);
		}
		return DRAFT;
	}

	public ReportState receive() {
		if (this != APPROVED) {
			throw new WorkflowRefusal.ReportMayNotBeReceived(this);
		}
		return RECEIVED;
	}

	public ReportState accept() {
		if (this != RECEIVED) {
			throw new WorkflowRefusal.ReportMayNotBeAccepted(this);
		}
		return ACCEPTED;
	}

	/**
	 * The planning office sends an approved or received report back to the organisation.
	 */
	public ReportState returnFromOffice() {
		if (this != APPROVED && this != RECEIVED) {
			throw new WorkflowRefusal.ReportMayNotBeReturned(this);
		}
		return DRAFT;
	}

	/**
	 * An exception the office grants: a draft may still be submitted late, an accepted
	 * report is opened for a corrected submission. A report under review needs none.
	 */
	public ReportState reopen() {
		if (this != DRAFT && this != ACCEPTED) {
			throw new WorkflowRefusal.ReportNotReopenable(this);
		}
		return DRAFT;
	}

}
