package org.luoshi.plan.web;

import org.luoshi.plan.PlanRegister;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * What an organisation leads, shares and answers for by duty — also through a collective
 * name such as 各市（州）政府 — grouped by chapter. Any signed-in user may read any
 * organisation's tasks: the register is no secret inside the government; acting for an
 * organisation is another matter, decided where reports are written.
 */
@Controller
class OrganisationTasksPageController {

	private final PlanRegister register;

	OrganisationTasksPageController(PlanRegister register) {
		this.register = register;
	}

	@GetMapping("/organisations/{id}/tasks")
	String tasks(@PathVariable long id, @RequestParam(required = false) Long plan, Model model) {
		OrganisationTasksView tasks = OrganisationTasksView.of(this.register.tasksOf(id, plan));
		model.addAttribute("tasks", tasks);
		model.addAttribute("planId", plan);
		return "plan/organisation-tasks";
	}

}
