package org.luoshi.reporting.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.luoshi.common.IfMatch;
import org.luoshi.reporting.ReportView;
import org.luoshi.reporting.ReportWorkflow;
import org.luoshi.reporting.Submission;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The steps of a report: submit (reporter), approve or return (the organisation's
 * approver), receive, accept or return (office), and exceptions (office). Each names the
 * version it was taken on in If-Match; a submission also carries an Idempotency-Key, and
 * a retry with the same key gets the same answer without storing a second version.
 */
@RestController
@RequestMapping("/api/reports/{id}")
@Tag(name = "report workflow", description = "报告流程：报送、审核、接收、采纳、退回、例外")
class ReportWorkflowApiController {

	private final ReportWorkflow workflow;

	ReportWorkflowApiController(ReportWorkflow workflow) {
		this.workflow = workflow;
	}

	@PostMapping("/submit")
	@Operation(summary = "Submit the draft (reporter; If-Match and Idempotency-Key required)",
			description = "Answered once the submission is committed; the answer names the version stored. "
					+ "A retry with the same key returns the same answer.")
	Submission submit(@PathVariable long id, @RequestHeader(name = "If-Match", required = false) String ifMatch,
			@RequestHeader(name = "Idempotency-Key", required = false) String key) {
		return this.workflow.submit(id, IfMatch.version(ifMatch), key);
	}

	@PostMapping("/approve")
	@Operation(summary = "Approve a submitted report (the organisation's approver)")
	ResponseEntity<ReportView> approve(@PathVariable long id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch,
			@RequestBody(required = false) ReviewForm form) {
		return view(this.workflow.approve(id, IfMatch.version(ifMatch), given(form).comment()));
	}

	@PostMapping("/return")
	@Operation(summary = "Return the report with a comment: the approver a submitted one, the office an approved or "
			+ "received one (the office may set a new due date)")
	ResponseEntity<ReportView> giveBack(@PathVariable long id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch, @RequestBody ReviewForm form) {
		return view(this.workflow.giveBack(id, IfMatch.version(ifMatch), form.comment(), form.dueAt()));
	}

	@PostMapping("/receive")
	@Operation(summary = "Receive an approved report (office)")
	ResponseEntity<ReportView> receive(@PathVariable long id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch) {
		return view(this.workflow.receive(id, IfMatch.version(ifMatch)));
	}

	@PostMapping("/accept")
	@Operation(summary = "Accept a received report (office); it is locked from then on")
	ResponseEntity<ReportView> accept(@PathVariable long id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch) {
		return view(this.workflow.accept(id, IfMatch.version(ifMatch)));
	}

	@PostMapping("/exception")
	@Operation(summary = "Grant an exception: a late or corrected submission until a new due date, with a reason "
			+ "(office)")
	ResponseEntity<ReportView> grantException(@PathVariable long id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch, @RequestBody ReviewForm form) {
		return view(this.workflow.grantException(id, IfMatch.version(ifMatch), form.reason(), form.dueAt()));
	}

	private static ReviewForm given(ReviewForm form) {
		return (form != null) ? form : ReviewForm.none();
	}

	private static ResponseEntity<ReportView> view(ReportView report) {
		return ResponseEntity.ok().eTag(IfMatch.eTag(report.version())).body(report);
	}

}
