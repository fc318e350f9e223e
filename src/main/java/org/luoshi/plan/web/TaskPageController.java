package org.luoshi.plan.web;

import java.security.Principal;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import org.luoshi.common.Refusal;
import org.luoshi.plan.AssignmentView;
import org.luoshi.plan.PlanRegister;
import org.luoshi.plan.TaskCorrections;
import org.luoshi.plan.TaskDetail;
import org.luoshi.plan.TaskLinks;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A task's page: its words and responsibility clause as written, the notice line it came
 * from, who answers for it and every correction since import; and, for the planning
 * office, the forms that correct it. A correction made on a version someone else changed
 * meanwhile is answered in the page (409), as is a correction the register refuses (422).
 */
@Controller
class TaskPageController {

	private final PlanRegister register;

	private final TaskCorrections corrections;

	private final MessageSource messages;

	private final TaskLinks links;

	TaskPageController(PlanRegister register, TaskCorrections corrections, MessageSource messages, TaskLinks links) {
		this.links = links;
		this.register = register;
		this.corrections = corrections;
		this.messages = messages;
	}

	@GetMapping("/tasks/{id}")
	String task(@PathVariable long id, Model model) {
		return page(this.register.task(id), model);
	}

	@PostMapping("/tasks/{id}/text")
	String correctText(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String text,
			@RequestParam(required = false) String reason, Principal principal, RedirectAttributes redirect,
			HttpServletResponse response, Model model) {
		model.addAttribute("enteredText", text);
		return correct(id, "text", () -> this.corrections.correctText(id, version, text, reason, actor(principal)),
				redirect, response, model);
	}

	@PostMapping("/tasks/{id}/organisations")
	String addOrganisation(@PathVariable long id, @RequestParam int version,
			@RequestParam(required = false) Long organisationId, @RequestParam(required = false) String role,
			@RequestParam(required = false) String reason, Principal principal, RedirectAttributes redirect,
			HttpServletResponse response, Model model) {
		return correct(id, "add", () -> this.corrections.addOrganisation(id, version, chosen(organisationId), role,
				reason, actor(principal)), redirect, response, model);
	}

	@PostMapping("/tasks/{id}/organisations/remove")
	String removeOrganisation(@PathVariable long id, @RequestParam int version,
			@RequestParam(required = false) Long organisationId, @RequestParam(required = false) String reason,
			Principal principal, RedirectAttributes redirect, HttpServletResponse response, Model model) {
		return correct(id, "remove", () -> this.corrections.removeOrganisation(id, version, chosen(organisationId),
				reason, actor(principal)), redirect, response, model);
	}

	@PostMapping("/tasks/{id}/lead")
	String changeLead(@PathVariable long id, @RequestParam int version,
			@RequestParam(required = false) Long organisationId, @RequestParam(required = false) String reason,
			Principal principal, RedirectAttributes redirect, HttpServletResponse response, Model model) {
		return correct(id, "lead",
				() -> this.corrections.changeLead(id, version, chosen(organisationId), reason, actor(principal)),
				redirect, response, model);
	}

	@PostMapping("/tasks/{id}/links/{link}/confirm")
	String confirmLink(@PathVariable long id, @PathVariable long link, @RequestParam(required = false) Integer version,
			@RequestParam(required = false) String back, Principal principal, RedirectAttributes redirect,
			HttpServletResponse response, Model model) {
		return decide(id, back, "link.done.confirmed", () -> this.links.confirm(link, version, actor(principal)),
				redirect, response, model);
	}

	@PostMapping("/tasks/{id}/links/{link}/reject")
	String rejectLink(@PathVariable long id, @PathVariable long link, @RequestParam(required = false) Integer version,
			@RequestParam(required = false) String back, Principal principal, RedirectAttributes redirect,
			HttpServletResponse response, Model model) {
		return decide(id, back, "link.done.rejected", () -> this.links.reject(link, version, actor(principal)),
				redirect, response, model);
	}

	@PostMapping("/tasks/{id}/links")
	String link(@PathVariable long id, @RequestParam(required = false) String parentCode, Principal principal,
			RedirectAttributes redirect, HttpServletResponse response, Model model) {
		return decide(id, null, "link.done.linked", () -> this.links.linkByCode(id, parentCode, actor(principal)),
				redirect, response, model);
	}

	private String decide(long id, String back, String done, Runnable decision, RedirectAttributes redirect,
			HttpServletResponse response, Model model) {
		try {
			decision.run();
			redirect.addFlashAttribute("done", message(done));
			// from the plan's list of links, back to it
			return "plan".equals(back) ? "redirect:/plans/" + this.register.task(id).summary().planId() + "/links"
					: "redirect:/tasks/" + id;
		}
		catch (Refusal refusal) {
			if (refusal.kind().errorPage()) {
				throw refusal;
			}
			response.setStatus(refusal.kind().status());
			model.addAttribute("linkRefusal", text(refusal));
		}
		return page(this.register.task(id), model);
	}

	private String correct(long id, String form, Correction correction, RedirectAttributes redirect,
			HttpServletResponse response, Model model) {
		try {
			correction.apply();
			redirect.addFlashAttribute("done", message("task.done." + form));
			return "redirect:/tasks/" + id;
		}
		catch (TaskCorrections.CorrectionRefused refusal) {
			response.setStatus(422);
			model.addAttribute("refusal", text(refusal));
		}
		catch (OptimisticLockingFailureException stale) {
			// the form shows what is stored now, not the words that would overwrite it
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("conflict", true);
			model.asMap().remove("enteredText");
		}
		model.addAttribute("failedForm", form);
		return page(this.register.task(id), model);
	}

	private String page(TaskDetail task, Model model) {
		model.addAttribute("task", task);
		model.addAttribute("planId", task.summary().planId());
		if (!model.containsAttribute("enteredText")) {
			model.addAttribute("enteredText", task.summary().text());
		}
		Set<Long> assigned = task.summary()
			.assignments()
			.stream()
			.map(AssignmentView::organisationId)
			.collect(Collectors.toSet());
		// the correction forms are shown to the office only, and the URL rules let no one
		// else post them
		model.addAttribute("assigned", assigned);
		model.addAttribute("roles", AssignmentRoles.ADDABLE);
		model.addAttribute("up", this.links.up(task.summary().id()));
		model.addAttribute("abovePlan", this.links.parentOf(task.summary().planId()));
		model.addAttribute("mayDecideLinks", this.links.mayDecide(task.summary().planId()));
		return "plan/task";
	}

	private long chosen(Long organisationId) {
		if (organisationId == null) {
			throw new TaskCorrections.CorrectionRefused("choose-organisation");
		}
		return organisationId;
	}

	private static String actor(Principal principal) {
		return Actors.of(principal);
	}

	private String message(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

	/** One of the office's corrections, run once the page knows how to answer it. */
	@FunctionalInterface
	private interface Correction {

		TaskDetail apply();

	}

	private String text(Refusal refusal) {
		return this.messages.getMessage(refusal, LocaleContextHolder.getLocale());
	}

}
