package org.luoshi.reporting.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.luoshi.reporting.TaskCascade;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Where a task went, for the task's page (an htmx fragment it loads) and for the API: the
 * tasks of the plans below that carry it down, their lead and the progress they reported.
 * Served here because the progress is reporting's, and the register does not depend on
 * reporting.
 */
@Controller
@Tag(name = "task-links", description = "上下级规划衔接：下级规划挂在上级规划之下，下级任务承接上级任务")
class CascadeController {

	private final TaskCascade cascade;

	CascadeController(TaskCascade cascade) {
		this.cascade = cascade;
	}

	@GetMapping("/tasks/{id}/cascade")
	String fragment(@PathVariable long id, Model model) {
		model.addAttribute("rows", this.cascade.of(id));
		return "reporting/cascade :: cascade";
	}

	@GetMapping("/api/tasks/{id}/cascade")
	@ResponseBody
	@Operation(summary = "Where the task went: the tasks of the plans below carrying it down, "
			+ "with their lead and the latest progress they reported")
	List<TaskCascade.Row> api(@PathVariable long id) {
		return this.cascade.of(id);
	}

}
