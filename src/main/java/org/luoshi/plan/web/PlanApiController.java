package org.luoshi.plan.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.luoshi.common.Page;
import org.luoshi.plan.OrganisationTasks;
import org.luoshi.plan.PlanOverview;
import org.luoshi.plan.PlanRegister;
import org.luoshi.plan.PlanStructure;
import org.luoshi.plan.ResponsibilityMatrix;
import org.luoshi.plan.TaskFilter;
import org.luoshi.plan.TaskSummary;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The register over HTTP: plans, their chapters and sections, tasks found by filters, and
 * who does what.
 */
@RestController
@RequestMapping("/api")
@Tag(name = "plans", description = "规划、章节、任务和责任分工")
class PlanApiController {

	private final PlanRegister register;

	PlanApiController(PlanRegister register) {
		this.register = register;
	}

	@GetMapping("/plans")
	@Operation(summary = "All plans in the register with their chapters and counts")
	List<PlanOverview> plans() {
		return register.plans();
	}

	@GetMapping("/plans/{id}")
	@Operation(summary = "One plan with its chapters and counts")
	PlanOverview plan(@PathVariable long id) {
		return register.plan(id);
	}

	@GetMapping("/plans/{id}/structure")
	@Operation(summary = "The plan's chapters and sections as the notice numbers them")
	PlanStructure structure(@PathVariable long id) {
		return register.structure(id);
	}

	@GetMapping("/plans/{id}/tasks")
	@Operation(summary = "The plan's tasks, filtered by words, organisation, chapter and role, one page at a time")
	Page<TaskSummary> tasks(@PathVariable long id, @RequestParam(required = false) String q,
			@RequestParam(required = false) Long organisation, @RequestParam(required = false) Integer chapter,
			@RequestParam(required = false) String role, @RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "500") @Min(1) @Max(1000) int size) {
		return register.tasks(id, new TaskFilter(q, organisation, chapter, role), page, size);
	}

	@GetMapping("/plans/{id}/matrix")
	@Operation(summary = "How many tasks each organisation answers for in each chapter")
	ResponsibilityMatrix matrix(@PathVariable long id) {
		return register.matrix(id);
	}

	@GetMapping("/organisations/{id}/tasks")
	@Operation(summary = "What an organisation leads, shares and answers for by duty, also through collective names")
	OrganisationTasksView organisationTasks(@PathVariable long id, @RequestParam(required = false) Long plan) {
		return OrganisationTasksView.of(register.tasksOf(id, plan));
	}

	/** The organisation's tasks with the counts a reader looks for first. */
	record OrganisationTasksView(long organisationId, String name, int total, long leads, long leadsAlone, long shares,
			long byDuty, List<OrganisationTasks.ChapterCount> chapters, List<OrganisationTasks.Part> tasks) {

		static OrganisationTasksView of(OrganisationTasks t) {
			return new OrganisationTasksView(t.organisationId(), t.name(), t.tasks().size(),
					t.count(OrganisationTasks.LEADS), t.leadsAlone(), t.count(OrganisationTasks.SHARES),
					t.count(OrganisationTasks.BY_DUTY), t.chapters(), t.tasks());
		}

	}

}
