package org.luoshi.plan.web;

import java.security.Principal;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.luoshi.plan.TaskLinkView;
import org.luoshi.plan.TaskLinks;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Plans across levels over HTTP: which plan stands above which, and the links from a
 * lower plan's tasks to the tasks above they carry down — proposed by the system,
 * confirmed, corrected or rejected by the office or the organisation that issued the
 * lower plan. A link between tasks of unrelated plans, a cycle, or a decision on a link
 * someone else decided meanwhile is refused as a problem and nothing is kept.
 */
@RestController
@Tag(name = "task-links", description = "上下级规划衔接：下级规划挂在上级规划之下，下级任务承接上级任务")
class TaskLinkApiController {

	private final TaskLinks links;

	TaskLinkApiController(TaskLinks links) {
		this.links = links;
	}

	@PutMapping("/api/plans/{id}/parent")
	@Operation(summary = "Put the plan under a plan above it (null: under none); its links are proposed afresh")
	Placement placeUnder(@PathVariable long id, @RequestBody Placement placement, Principal principal) {
		int proposed = this.links.placeUnder(id, placement.parentPlanId(), Actors.of(principal));
		return new Placement(this.links.parentOf(id), proposed);
	}

	@GetMapping("/api/plans/{id}/links")
	@Operation(summary = "Every link of the plan's tasks to the tasks of the plan above, in the plan's order")
	List<TaskLinkView> ofPlan(@PathVariable long id) {
		return this.links.ofPlan(id);
	}

	@GetMapping("/api/tasks/{id}/links")
	@Operation(summary = "The tasks above that the task carries down, and the tasks below that carry it down")
	TaskLinksOfTask ofTask(@PathVariable long id) {
		return new TaskLinksOfTask(this.links.up(id), this.links.down(id));
	}

	@PostMapping("/api/tasks/{id}/links")
	@Operation(summary = "Link the task to the task above it carries down, by hand: confirmed at once, "
			+ "the task's other links rejected")
	TaskLinkView link(@PathVariable long id, @Valid @RequestBody NewLink link, Principal principal) {
		return this.links.link(id, link.parentTaskId(), Actors.of(principal));
	}

	@GetMapping("/api/task-links/{id}")
	@Operation(summary = "One link")
	TaskLinkView link(@PathVariable long id) {
		return this.links.link(id);
	}

	@PostMapping("/api/task-links/{id}/confirm")
	@Operation(summary = "Confirm a proposed link (the version seen, if sent, must still hold: 412 otherwise)")
	TaskLinkView confirm(@PathVariable long id, @RequestBody(required = false) Decision decision, Principal principal) {
		return this.links.confirm(id, version(decision), Actors.of(principal));
	}

	@PostMapping("/api/task-links/{id}/reject")
	@Operation(summary = "Reject a link: the task does not carry down that task above")
	TaskLinkView reject(@PathVariable long id, @RequestBody(required = false) Decision decision, Principal principal) {
		return this.links.reject(id, version(decision), Actors.of(principal));
	}

	private static Integer version(Decision decision) {
		return (decision != null) ? decision.version() : null;
	}

	/**
	 * Where a plan stands.
	 *
	 * @param parentPlanId the plan above; null for none
	 * @param proposed how many links were proposed (in an answer)
	 */
	record Placement(Long parentPlanId, Integer proposed) {
	}

	/** The task above a task carries down. */
	record NewLink(@NotNull Long parentTaskId) {
	}

	/** The version of the link the decider saw; null to decide on whatever stands. */
	record Decision(Integer version) {
	}

	/**
	 * @param up the tasks of the plan above the task carries down
	 * @param down the tasks of the plans below that carry it down
	 */
	record TaskLinksOfTask(List<TaskLinkView> up, List<TaskLinkView> down) {
	}

}
