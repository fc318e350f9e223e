package org.luoshi.reporting;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The report's workflow: each step from the one state it leaves, refused by name
 * elsewhere.
 */
class ReportStateTests {

	@Test
	void aReportGoesFromDraftThroughSubmissionApprovalAndReceiptToAcceptance() {
		assertThat(ReportState.DRAFT.submit().approve().receive().accept()).isEqualTo(ReportState.ACCEPTED);
	}

	@Test
	void eitherReviewReturnsItToDraft() {
		assertThat(ReportState.SUBMITTED.returnFromApproval()).isEqualTo(ReportState.DRAFT);
		assertThat(ReportState.APPROVED.returnFromOffice()).isEqualTo(ReportState.DRAFT);
		assertThat(ReportState.RECEIVED.returnFromOffice()).isEqualTo(ReportState.DRAFT);
	}

	@Test
	void anExceptionReopensADraftOrAnAcceptedReport() {
		assertThat(ReportState.DRAFT.reopen()).isEqualTo(ReportState.DRAFT);
		assertThat(ReportState.ACCEPTED.reopen()).isEqualTo(ReportState.DRAFT);
	}

	@ParameterizedTest
	@EnumSource(value = ReportState.class, names = "DRAFT", mode = EnumSource.Mode.EXCLUDE)
	void onlyADraftIsSubmitted(ReportState state) {
		assertThatExceptionOfType(WorkflowRefusal.ReportNotSubmittable.class).isThrownBy(state::submit)
			.satisfies((ex) -> assertThat(ex.arguments()).containsExactly(state));
	}

	@ParameterizedTest
	@EnumSource(value = ReportState.class, names = "SUBMITTED", mode = EnumSource.Mode.EXCLUDE)
	void onlyASubmittedReportIsApproved(ReportState state) {
		assertThatExceptionOfType(WorkflowRefusal.ReportMayNotBeApproved.class).isThrownBy(state::approve);
		assertThatExceptionOfType(WorkflowRefusal.ReportMayNotBeReturned.class).isThrownBy(state::returnFromApproval);
	}

	@ParameterizedTest
	@EnumSource(value = ReportState.class, names = "APPROVED", mode = EnumSource.Mode.EXCLUDE)
	void onlyAnApprovedReportIsReceived(ReportState state) {
		assertThatExceptionOfType(WorkflowRefusal.ReportMayNotBeReceived.class).isThrownBy(state::receive);
	}

	@ParameterizedTest
	@EnumSource(value = ReportState.class, names = "RECEIVED", mode = EnumSource.Mode.EXCLUDE)
	void onlyAReceivedReportIsAccepted(ReportState state) {
		assertThatExceptionOfType(WorkflowRefusal.ReportMayNotBeAccepted.class).isThrownBy(state::accept);
	}

	@ParameterizedTest
	@EnumSource(value = ReportState.class, names = { "DRAFT", "SUBMITTED", "ACCEPTED" })
	void theOfficeReturnsOnlyWhatReachedIt(ReportState state) {
		assertThatExceptionOfType(WorkflowRefusal.ReportMayNotBeReturned.class).isThrownBy(state::returnFromOffice);
	}

	@ParameterizedTest
	@EnumSource(value = ReportState.class, names = { "SUBMITTED", "APPROVED", "RECEIVED" })
	void aReportUnderReviewTakesNoException(ReportState state) {
		assertThatExceptionOfType(WorkflowRefusal.ReportNotReopenable.class).isThrownBy(state::reopen);
	}

	@Test
	void statusesAreKnownByCodeAndByTheWordsOfficesWrite() {
		assertThat(EntryStatus.of("lagging")).isEqualTo(EntryStatus.LAGGING);
		assertThat(EntryStatus.of(" 已完成 ")).isEqualTo(EntryStatus.COMPLETED);
		assertThat(EntryStatus.of("推进中")).isEqualTo(EntryStatus.IN_PROGRESS);
		assertThatExceptionOfType(DraftRefusal.UnknownEntryStatus.class).isThrownBy(() -> EntryStatus.of("差不多"));
	}

}
