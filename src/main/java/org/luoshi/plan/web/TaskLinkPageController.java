package org.luoshi.plan.web;

import org.luoshi.plan.PlanRegister;
import org.luoshi.plan.TaskLinks;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Every link of a lower plan's tasks to the plan above, in the lower plan's order: what
 * was proposed, confirmed or rejected, for the office or the city to go through and
 * decide one by one (the forms post to the task's own addresses and come back here).
 */
@Controller
class TaskLinkPageController {

	private final PlanRegister register;

	private final TaskLinks links;

	TaskLinkPageController(PlanRegister register, TaskLinks links) {
		this.register = register;
		this.links = links;
	}

	@GetMapping("/plans/{id}/links")
	String links(@PathVariable long id, Model model) {
		model.addAttribute("plan", this.register.plan(id));
		model.addAttribute("planId", id);
		Long above = this.links.parentOf(id);
		model.addAttribute("above", (above != null) ? this.register.plan(above) : null);
		model.addAttribute("links", this.links.ofPlan(id));
		model.addAttribute("mayDecideLinks", this.links.mayDecide(id));
		return "plan/links";
	}

}
