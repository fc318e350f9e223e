package org.luoshi.security.web;

import org.luoshi.security.Actor;
import org.luoshi.security.CurrentActor;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * "My tasks": a reporter or approver is taken to the tasks of the organisation they act
 * for; the office and leaders, who act for none, to the directory to pick one.
 */
@Controller
class MyTasksController {

	private final CurrentActor actors;

	MyTasksController(CurrentActor actors) {
		this.actors = actors;
	}

	@GetMapping("/my/tasks")
	String myTasks() {
		Actor actor = this.actors.current();
		return (actor.organisationId() != null) ? "redirect:/organisations/" + actor.organisationId() + "/tasks"
				: "redirect:/organisations";
	}

}
