package org.luoshi.implementation.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.luoshi.common.IfMatch;
import org.luoshi.implementation.DocumentImports;
import org.luoshi.implementation.DocumentProposal;
import org.luoshi.implementation.FilingStatus;
import org.luoshi.implementation.Filings;
import org.luoshi.implementation.ImplementationPlanView;
import org.luoshi.implementation.ImplementationPlans;
import org.luoshi.implementation.MeasureInput;
import org.luoshi.implementation.OrganisationMeasures;
import org.luoshi.implementation.PlannedMeasures;
import org.luoshi.implementation.UnplannedTask;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Implementation plans over HTTP: an organisation's plan (its write count is the ETag),
 * measures written into the draft, approval, filing and a new version with a reason; the
 * office's filing list, deadline, reminders and escalations; what was filed per task and
 * the tasks nobody planned for. Every write names the version it read in If-Match: 412
 * when somebody wrote meanwhile, 428 without.
 */
@RestController
@Tag(name = "implementation plans", description = "实施方案：具体措施、时间节点、审核、报备、版本")
class ImplementationApiController {

	private static final String PLAN = "/api/plans/{planId}/implementation-plans/{organisationId}";

	private final ImplementationPlans plans;

	private final Filings filings;

	private final PlannedMeasures measures;

	private final DocumentImports documents;

	ImplementationApiController(ImplementationPlans plans, Filings filings, PlannedMeasures measures,
			DocumentImports documents) {
		this.documents = documents;
		this.plans = plans;
		this.filings = filings;
		this.measures = measures;
	}

	/** A new version's reason. */
	record VersionRequest(String reason) {
	}

	/** The office's filing deadline. */
	record DeadlineRequest(LocalDate deadline) {
	}

	/**
	 * A reminder to one organisation (or, none named, every one missing), with the
	 * office's note.
	 */
	record ReminderRequest(Long organisationId, String note) {
	}

	@GetMapping(PLAN)
	@Operation(summary = "An organisation's implementation plan in its newest version; write count as ETag")
	ResponseEntity<ImplementationPlanView> plan(@PathVariable long planId, @PathVariable long organisationId) {
		return tagged(this.plans.view(planId, organisationId));
	}

	@GetMapping(PLAN + "/versions/{number}")
	@Operation(summary = "One version of the plan as it stood (a filed version never changes)")
	ImplementationPlanView version(@PathVariable long planId, @PathVariable long organisationId,
			@PathVariable int number) {
		return this.plans.version(planId, organisationId, number);
	}

	@PostMapping(PLAN + "/measures")
	@Operation(summary = "Add a measure with its milestones to the draft (reporter; If-Match required)",
			description = "A milestone's due is 2013-06-30, 2013-06, 2013-Q3 or 2013, within the plan's period; "
					+ "the task must be one the organisation leads or shares.")
	ResponseEntity<ImplementationPlanView> add(@PathVariable long planId, @PathVariable long organisationId,
			@RequestHeader(name = "If-Match", required = false) String ifMatch, @RequestBody MeasureInput input) {
		return tagged(this.plans.addMeasure(planId, organisationId, IfMatch.version(ifMatch), input));
	}

	@PutMapping(PLAN + "/measures/{measureId}")
	@Operation(summary = "Replace a measure of the draft with its milestones (reporter; If-Match required)")
	ResponseEntity<ImplementationPlanView> replace(@PathVariable long planId, @PathVariable long organisationId,
			@PathVariable long measureId, @RequestHeader(name = "If-Match", required = false) String ifMatch,
			@RequestBody MeasureInput input) {
		return tagged(this.plans.replaceMeasure(planId, organisationId, measureId, IfMatch.version(ifMatch), input));
	}

	@DeleteMapping(PLAN + "/measures/{measureId}")
	@Operation(summary = "Take a measure out of the draft (reporter; If-Match required)")
	ResponseEntity<ImplementationPlanView> remove(@PathVariable long planId, @PathVariable long organisationId,
			@PathVariable long measureId, @RequestHeader(name = "If-Match", required = false) String ifMatch) {
		return tagged(this.plans.removeMeasure(planId, organisationId, measureId, IfMatch.version(ifMatch)));
	}

	@PostMapping(PLAN + "/approval")
	@Operation(summary = "Approve the draft (approver; If-Match required)")
	ResponseEntity<ImplementationPlanView> approve(@PathVariable long planId, @PathVariable long organisationId,
			@RequestHeader(name = "If-Match", required = false) String ifMatch) {
		return tagged(this.plans.approve(planId, organisationId, IfMatch.version(ifMatch)));
	}

	@PostMapping(PLAN + "/reopening")
	@Operation(summary = "Send an approved version back to the reporters (approver; If-Match required)")
	ResponseEntity<ImplementationPlanView> reopen(@PathVariable long planId, @PathVariable long organisationId,
			@RequestHeader(name = "If-Match", required = false) String ifMatch) {
		return tagged(this.plans.reopen(planId, organisationId, IfMatch.version(ifMatch)));
	}

	@PostMapping(PLAN + "/filing")
	@Operation(summary = "File the approved version with the office, 报备 (approver; If-Match required)")
	ResponseEntity<ImplementationPlanView> file(@PathVariable long planId, @PathVariable long organisationId,
			@RequestHeader(name = "If-Match", required = false) String ifMatch) {
		return tagged(this.plans.file(planId, organisationId, IfMatch.version(ifMatch)));
	}

	@PostMapping(PLAN + "/versions")
	@Operation(summary = "Open a new version of a filed plan, with a reason (reporter; If-Match required)")
	ResponseEntity<ImplementationPlanView> newVersion(@PathVariable long planId, @PathVariable long organisationId,
			@RequestHeader(name = "If-Match", required = false) String ifMatch, @RequestBody VersionRequest request) {
		return tagged(this.plans.newVersion(planId, organisationId, IfMatch.version(ifMatch), request.reason()));
	}

	/** A confirmation: each item kept and the task it serves. */
	record Confirmation(List<Choice> choices) {
	}

	/** An item of the document and the task chosen for it. */
	record Choice(int item, long taskId) {
	}

	@PostMapping(path = PLAN + "/documents", consumes = MediaType.ALL_VALUE)
	@Operation(
			summary = "Read the organisation's own 实施方案 (.docx or .xlsx, the request body; 20 MB) into "
					+ "items, each proposed for a task it carries (reporter)",
			description = "Nothing is kept in the plan until the items are confirmed; a document with no readable "
					+ "item is refused (422), another format 415.")
	ResponseEntity<DocumentProposal> upload(@PathVariable long planId, @PathVariable long organisationId,
			@RequestParam(required = false) String fileName, HttpServletRequest request) throws IOException {
		byte[] content;
		try (InputStream in = request.getInputStream()) {
			content = in.readNBytes(DocumentImports.SIZE_LIMIT + 1);
		}
		DocumentProposal proposal = this.documents.upload(planId, organisationId, fileName, content);
		return ResponseEntity
			.created(URI.create(PLAN.replace("{planId}", String.valueOf(planId))
				.replace("{organisationId}", String.valueOf(organisationId)) + "/documents/" + proposal.id()))
			.body(proposal);
	}

	@GetMapping(PLAN + "/documents/{documentId}")
	@Operation(summary = "A document awaiting confirmation, with the task proposed for each item (reporter)")
	DocumentProposal proposal(@PathVariable long planId, @PathVariable long organisationId,
			@PathVariable long documentId) {
		return this.documents.proposal(planId, organisationId, documentId);
	}

	@PostMapping(PLAN + "/documents/{documentId}/confirmation")
	@Operation(summary = "Keep the items chosen, each for the task chosen, in the draft, all or none "
			+ "(reporter; If-Match required)")
	ResponseEntity<ImplementationPlanView> confirm(@PathVariable long planId, @PathVariable long organisationId,
			@PathVariable long documentId, @RequestHeader(name = "If-Match", required = false) String ifMatch,
			@RequestBody Confirmation confirmation) {
		Map<Integer, Long> choices = new LinkedHashMap<>();
		if (confirmation.choices() != null) {
			confirmation.choices().forEach((c) -> choices.put(c.item(), c.taskId()));
		}
		return tagged(this.documents.confirm(planId, organisationId, documentId, IfMatch.version(ifMatch), choices));
	}

	@DeleteMapping(PLAN + "/documents/{documentId}")
	@Operation(summary = "Drop a document awaiting confirmation (reporter)")
	ResponseEntity<Void> discard(@PathVariable long planId, @PathVariable long organisationId,
			@PathVariable long documentId) {
		this.documents.discard(planId, organisationId, documentId);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/api/plans/{planId}/filings")
	@Operation(summary = "Who has filed an implementation plan and who has not, by the deadline (office, leaders)")
	FilingStatus filings(@PathVariable long planId) {
		return this.filings.status(planId);
	}

	@PutMapping("/api/plans/{planId}/filings/deadline")
	@Operation(summary = "Set the filing deadline (office)")
	FilingStatus deadline(@PathVariable long planId, @RequestBody DeadlineRequest request) {
		return this.filings.setDeadline(planId, request.deadline());
	}

	@PostMapping("/api/plans/{planId}/filings/reminders")
	@Operation(summary = "Remind one organisation, or every one that has not filed (office)")
	int remind(@PathVariable long planId, @RequestBody ReminderRequest request) {
		return this.filings.remind(planId, request.organisationId(), request.note());
	}

	@PostMapping("/api/plans/{planId}/filings/escalations")
	@Operation(summary = "Escalate (督办) to an organisation that has not filed; its leadership is written to (office)")
	int escalate(@PathVariable long planId, @RequestBody ReminderRequest request) {
		return this.filings.escalate(planId, request.organisationId(), request.note());
	}

	@GetMapping("/api/tasks/{taskId}/measures")
	@Operation(summary = "Every organisation's filed measures and milestones for a task")
	List<OrganisationMeasures> ofTask(@PathVariable long taskId) {
		return this.measures.ofTask(taskId);
	}

	@GetMapping("/api/plans/{planId}/unplanned-tasks")
	@Operation(summary = "The plan's tasks no organisation has filed a measure for")
	List<UnplannedTask> unplanned(@PathVariable long planId) {
		return this.measures.unplanned(planId);
	}

	private static ResponseEntity<ImplementationPlanView> tagged(ImplementationPlanView view) {
		return ResponseEntity.ok().eTag(IfMatch.eTag(view.version())).body(view);
	}

}
