package org.luoshi.reporting.internal;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.luoshi.common.IfMatch;
import org.luoshi.reporting.ReportState;
import org.luoshi.reporting.WorkflowRefusal;

import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.stereotype.Component;

/**
 * The two conditions every write to a report meets: the report may change now (a draft
 * before its due date, for the reporter's writes), and the writer saw its current version
 * — checked by moving the report to its next version in the database, so that of two
 * writers on one version exactly one gets through, whatever node each is on.
 */
@Component
public class Guard {

	private final ReportStore reports;

	private final Clock clock;

	Guard(ReportStore reports, Clock clock) {
		this.reports = reports;
		this.clock = clock;
	}

	public OffsetDateTime now() {
		return OffsetDateTime.now(this.clock);
	}

	/**
	 * @throws WorkflowRefusal.ReportLocked when accepted, or past its due date
	 * @throws WorkflowRefusal.ReportUnderReview when with its approver or the office
	 */
	public void writable(ReportViews.Loaded loaded) {
		ReportState state = loaded.report().state();
		if (state == ReportState.ACCEPTED) {
			throw new WorkflowRefusal.ReportLocked(state, loaded.due());
		}
		if (state != ReportState.DRAFT) {
			throw new WorkflowRefusal.ReportUnderReview(state);
		}
		if (now().isAfter(loaded.report().due(loaded.cycle().deadline()))) {
			throw new WorkflowRefusal.ReportLocked(state, loaded.due());
		}
	}

	/**
	 * Moves the report to its next version.
	 * @throws IfMatch.VersionRequired when the writer names no version
	 * @throws WorkflowRefusal.ReportChangedMeanwhile when it is not the current one
	 */
	public void claim(ReportViews.Loaded loaded, Integer expectedVersion, String actor) {
		long id = loaded.report().id();
		if (expectedVersion == null) {
			throw new IfMatch.VersionRequired();
		}
		if (loaded.report().version() != expectedVersion || !claimed(id, expectedVersion, actor)) {
			Integer current = this.reports.find(id).map(ReportStore.Report::version).orElse(null);
			throw new WorkflowRefusal.ReportChangedMeanwhile(id, expectedVersion, current);
		}
	}

	// a writer that waited too long for another's lock lost the race all the same
	private boolean claimed(long id, int expectedVersion, String actor) {
		try {
			return this.reports.claim(id, expectedVersion, actor, now());
		}
		catch (PessimisticLockingFailureException | QueryTimeoutException ex) {
			throw new WorkflowRefusal.ReportChangedMeanwhile(id, expectedVersion, null);
		}
	}

}
