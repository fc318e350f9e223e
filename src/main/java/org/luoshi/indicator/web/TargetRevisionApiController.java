package org.luoshi.indicator.web;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.luoshi.common.IfMatch;
import org.luoshi.indicator.TargetRevision;
import org.luoshi.indicator.TargetRevisions;
import org.luoshi.indicator.TargetVersion;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Revised targets: the office proposes one with its reason and the year it holds from, a
 * leader approves or returns it (refused with 403 for anybody else); the history of the
 * targets an indicator has been held to. A decision may name the version it saw in
 * If-Match (412 when it changed meanwhile).
 */
@RestController
@RequestMapping("/api")
@Tag(name = "target revisions", description = "指标目标调整：规划办提出（附调整理由和起始年份），领导审批或退回；原目标保留在历史中")
class TargetRevisionApiController {

	private final TargetRevisions revisions;

	TargetRevisionApiController(TargetRevisions revisions) {
		this.revisions = revisions;
	}

	@GetMapping("/indicators/{id}/target-revisions")
	@Operation(summary = "Every revised target proposed for the indicator, approved, returned or awaiting a decision")
	List<TargetRevision> ofIndicator(@PathVariable long id) {
		return this.revisions.ofIndicator(id);
	}

	@GetMapping("/indicators/{id}/targets")
	@Operation(summary = "The targets the indicator has been held to, oldest first, each from its year with its reason")
	List<TargetVersion> history(@PathVariable long id) {
		return this.revisions.history(id);
	}

	@PostMapping("/indicators/{id}/target-revisions")
	@Operation(summary = "Propose a revised target with its reason and first year (the planning office)")
	ResponseEntity<TargetRevision> propose(@PathVariable long id, @Valid @RequestBody TargetProposalForm form) {
		TargetRevision proposed = this.revisions.propose(id, form.proposal());
		return ResponseEntity.created(URI.create("/api/target-revisions/" + proposed.id()))
			.eTag(String.valueOf(proposed.version()))
			.body(proposed);
	}

	@GetMapping("/target-revisions/{id}")
	@Operation(summary = "One revised target; its version is the ETag")
	ResponseEntity<TargetRevision> get(@PathVariable long id) {
		return withETag(this.revisions.get(id));
	}

	@PostMapping("/target-revisions/{id}/approve")
	@Operation(summary = "Approve a proposed target (a leader); it holds from its year on")
	ResponseEntity<TargetRevision> approve(@PathVariable long id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch) {
		return withETag(this.revisions.approve(id, IfMatch.version(ifMatch)));
	}

	@PostMapping("/target-revisions/{id}/return")
	@Operation(summary = "Return a proposed target to the office with a reason (a leader)")
	ResponseEntity<TargetRevision> giveBack(@PathVariable long id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch, @Valid @RequestBody ReturnForm form) {
		return withETag(this.revisions.giveBack(id, IfMatch.version(ifMatch), form.reason()));
	}

	private static ResponseEntity<TargetRevision> withETag(TargetRevision revision) {
		return ResponseEntity.ok().eTag(String.valueOf(revision.version())).body(revision);
	}

}
