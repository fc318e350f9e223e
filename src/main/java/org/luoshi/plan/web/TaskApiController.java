package org.luoshi.plan.web;

import java.security.Principal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.luoshi.common.IfMatch;
import org.luoshi.plan.PlanRegister;
import org.luoshi.plan.TaskCorrections;
import org.luoshi.plan.TaskDetail;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * One task, and the office's corrections to it. The task's version travels as its ETag; a
 * correction must send it back in If-Match, and one made on an older version is refused
 * (412) instead of overwriting.
 */
@RestController
@RequestMapping("/api/tasks")
@Tag(name = "tasks", description = "任务原文、责任单位和更正记录")
class TaskApiController {

	private final PlanRegister register;

	private final TaskCorrections corrections;

	TaskApiController(PlanRegister register, TaskCorrections corrections) {
		this.register = register;
		this.corrections = corrections;
	}

	@GetMapping("/{id}")
	@Operation(summary = "A task with its source line, organisations and history; its version is the ETag")
	ResponseEntity<TaskDetail> task(@PathVariable long id) {
		TaskDetail task = register.task(id);
		return ResponseEntity.ok().eTag(String.valueOf(task.version())).body(task);
	}

	@PatchMapping("/{id}")
	@Operation(summary = "Correct a task: its text, an organisation added or removed, or its lead (If-Match required)")
	ResponseEntity<TaskDetail> correct(@PathVariable long id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch,
			@Valid @RequestBody Correction correction, Principal principal) {
		int version = IfMatch.required(ifMatch);
		String actor = Actors.of(principal);
		TaskDetail result = switch (correction.kind()) {
			case "text" -> corrections.correctText(id, version, correction.text(), correction.reason(), actor);
			case "add-organisation" -> corrections.addOrganisation(id, version, require(correction.organisationId()),
					correction.role(), correction.reason(), actor);
			case "remove-organisation" -> corrections.removeOrganisation(id, version,
					require(correction.organisationId()), correction.reason(), actor);
			case "lead" ->
				corrections.changeLead(id, version, require(correction.organisationId()), correction.reason(), actor);
			default -> throw new TaskCorrections.CorrectionRefused("unknown-kind", String.valueOf(correction.kind()));
		};
		return ResponseEntity.ok().eTag(String.valueOf(result.version())).body(result);
	}

	private static long require(Long organisationId) {
		if (organisationId == null) {
			throw new TaskCorrections.CorrectionRefused("organisation-required");
		}
		return organisationId;
	}

	/**
	 * A correction: {@code kind} is text, add-organisation, remove-organisation or lead.
	 *
	 * @param kind what to correct
	 * @param text the new text (kind text)
	 * @param organisationId the organisation added, removed or made lead
	 * @param role its role when added: responsible, participant, supporting, guiding or
	 * by-duty
	 * @param reason why, for the history
	 */
	record Correction(@jakarta.validation.constraints.NotBlank String kind, @Size(max = 10000) String text,
			Long organisationId, String role, @Size(max = 1000) String reason) {
	}

}
