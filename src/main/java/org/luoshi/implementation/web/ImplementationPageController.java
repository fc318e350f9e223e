package org.luoshi.implementation.web;

import java.util.ArrayList;
import java.util.List;

import org.luoshi.common.Refusal;
import org.luoshi.implementation.ImplementationPlanView;
import org.luoshi.implementation.ImplementationPlans;
import org.luoshi.implementation.MeasureInput;
import org.luoshi.implementation.MilestoneInput;
import org.luoshi.implementation.PlannedMeasures;
import org.luoshi.plan.PlanCatalogue;
import org.luoshi.security.Actor;
import org.luoshi.security.CurrentActor;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An organisation's implementation plan page: the tasks it carries with their measures
 * and milestones, the form that adds a measure, the approver's approval and filing, a new
 * version with its reason, and every version kept; and the fragment a task's page loads
 * with every organisation's filed measures for it.
 */
@Controller
class ImplementationPageController {

	private final ImplementationPlans plans;

	private final PlannedMeasures measures;

	private final org.luoshi.implementation.DocumentImports documents;

	private final PlanCatalogue catalogue;

	private final CurrentActor actors;

	private final MessageSource messages;

	ImplementationPageController(ImplementationPlans plans, PlannedMeasures measures,
			org.luoshi.implementation.DocumentImports documents, PlanCatalogue catalogue, CurrentActor actors,
			MessageSource messages) {
		this.documents = documents;
		this.plans = plans;
		this.measures = measures;
		this.catalogue = catalogue;
		this.actors = actors;
		this.messages = messages;
	}

	/** The newest plan's implementation plans: one's own, or the office's filing list. */
	@GetMapping("/implementation")
	String start() {
		var plans = this.catalogue.plans();
		if (plans.isEmpty()) {
			return "redirect:/plans";
		}
		return "redirect:/plans/" + plans.get(plans.size() - 1).id() + "/implementation";
	}

	@GetMapping("/plans/{planId}/implementation")
	String entry(@PathVariable long planId) {
		Actor actor = this.actors.current();
		if (actor.organisationId() != null) {
			return "redirect:/plans/" + planId + "/implementation/" + actor.organisationId();
		}
		return "redirect:/plans/" + planId + "/filings";
	}

	@GetMapping("/plans/{planId}/implementation/{organisationId}")
	String plan(@PathVariable long planId, @PathVariable long organisationId,
			@RequestParam(required = false) Integer version, Model model) {
		ImplementationPlanView view = (version != null) ? this.plans.version(planId, organisationId, version)
				: this.plans.view(planId, organisationId);
		model.addAttribute("view", view);
		model.addAttribute("planId", planId);
		model.addAttribute("actor", this.actors.current());
		model.addAttribute("newest",
				version == null || view.versions().isEmpty() || view.versions().get(0).number() == version);
		return "implementation/plan";
	}

	@PostMapping("/plans/{planId}/implementation/{organisationId}/measures")
	String add(@PathVariable long planId, @PathVariable long organisationId,
			@RequestParam(required = false) Integer version, @RequestParam(required = false) Long taskId,
			@RequestParam(required = false) String text, @RequestParam(required = false) String part,
			@RequestParam(required = false) String division, @RequestParam(required = false) String contact,
			@RequestParam(name = "deliverable", required = false) List<String> deliverables,
			@RequestParam(name = "due", required = false) List<String> dues,
			@RequestParam(name = "recognition", required = false) List<String> recognitions, RedirectAttributes flash) {
		List<MilestoneInput> milestones = new ArrayList<>();
		int rows = (deliverables != null) ? deliverables.size() : 0;
		for (int i = 0; i < rows; i++) {
			String deliverable = deliverables.get(i);
			String due = (dues != null && i < dues.size()) ? dues.get(i) : null;
			if ((deliverable == null || deliverable.isBlank()) && (due == null || due.isBlank())) {
				continue;
			}
			milestones.add(new MilestoneInput(deliverable, due,
					(recognitions != null && i < recognitions.size()) ? recognitions.get(i) : null));
		}
		return act(planId, organisationId, flash, "implementation.page.added", () -> this.plans.addMeasure(planId,
				organisationId, version, new MeasureInput(taskId, text, part, division, contact, milestones)));
	}

	@PostMapping("/plans/{planId}/implementation/{organisationId}/measures/{measureId}/removal")
	String remove(@PathVariable long planId, @PathVariable long organisationId, @PathVariable long measureId,
			@RequestParam(required = false) Integer version, RedirectAttributes flash) {
		return act(planId, organisationId, flash, "implementation.page.removed",
				() -> this.plans.removeMeasure(planId, organisationId, measureId, version));
	}

	@PostMapping("/plans/{planId}/implementation/{organisationId}/approval")
	String approve(@PathVariable long planId, @PathVariable long organisationId,
			@RequestParam(required = false) Integer version, RedirectAttributes flash) {
		return act(planId, organisationId, flash, "implementation.page.approved",
				() -> this.plans.approve(planId, organisationId, version));
	}

	@PostMapping("/plans/{planId}/implementation/{organisationId}/reopening")
	String reopen(@PathVariable long planId, @PathVariable long organisationId,
			@RequestParam(required = false) Integer version, RedirectAttributes flash) {
		return act(planId, organisationId, flash, "implementation.page.reopened",
				() -> this.plans.reopen(planId, organisationId, version));
	}

	@PostMapping("/plans/{planId}/implementation/{organisationId}/filing")
	String file(@PathVariable long planId, @PathVariable long organisationId,
			@RequestParam(required = false) Integer version, RedirectAttributes flash) {
		return act(planId, organisationId, flash, "implementation.page.filed",
				() -> this.plans.file(planId, organisationId, version));
	}

	@PostMapping("/plans/{planId}/implementation/{organisationId}/versions")
	String newVersion(@PathVariable long planId, @PathVariable long organisationId,
			@RequestParam(required = false) Integer version, @RequestParam(required = false) String reason,
			RedirectAttributes flash) {
		return act(planId, organisationId, flash, "implementation.page.versioned",
				() -> this.plans.newVersion(planId, organisationId, version, reason));
	}

	@PostMapping("/plans/{planId}/implementation/{organisationId}/documents")
	String upload(@PathVariable long planId, @PathVariable long organisationId,
			@RequestParam(name = "file", required = false) org.springframework.web.multipart.MultipartFile file,
			RedirectAttributes flash) throws java.io.IOException {
		try {
			long id = this.documents
				.upload(planId, organisationId, (file != null) ? file.getOriginalFilename() : null,
						(file != null) ? file.getBytes() : new byte[0])
				.id();
			return "redirect:/plans/" + planId + "/implementation/" + organisationId + "/documents/" + id;
		}
		catch (Refusal ex) {
			if (ex.kind() == Refusal.Kind.FORBIDDEN || ex.kind() == Refusal.Kind.NOT_FOUND) {
				throw ex;
			}
			flash.addFlashAttribute("problem", this.messages.getMessage(ex, LocaleContextHolder.getLocale()));
			return "redirect:/plans/" + planId + "/implementation/" + organisationId;
		}
	}

	@GetMapping("/plans/{planId}/implementation/{organisationId}/documents/{documentId}")
	String proposal(@PathVariable long planId, @PathVariable long organisationId, @PathVariable long documentId,
			Model model) {
		model.addAttribute("proposal", this.documents.proposal(planId, organisationId, documentId));
		model.addAttribute("view", this.plans.view(planId, organisationId));
		model.addAttribute("planId", planId);
		return "implementation/document";
	}

	@PostMapping("/plans/{planId}/implementation/{organisationId}/documents/{documentId}/confirmation")
	String confirm(@PathVariable long planId, @PathVariable long organisationId, @PathVariable long documentId,
			@RequestParam(required = false) Integer version, @RequestParam java.util.Map<String, String> form,
			RedirectAttributes flash) {
		java.util.Map<Integer, Long> choices = new java.util.LinkedHashMap<>();
		form.forEach((name, value) -> {
			if (name.startsWith("task-") && value != null && !value.isBlank()) {
				choices.put(Integer.valueOf(name.substring(5)), Long.valueOf(value));
			}
		});
		try {
			this.documents.confirm(planId, organisationId, documentId, version, choices);
			flash.addFlashAttribute("done", this.messages.getMessage("implementation.page.confirmed",
					new Object[] { choices.size() }, LocaleContextHolder.getLocale()));
			return "redirect:/plans/" + planId + "/implementation/" + organisationId;
		}
		catch (Refusal ex) {
			if (ex.kind() == Refusal.Kind.FORBIDDEN || ex.kind() == Refusal.Kind.NOT_FOUND) {
				throw ex;
			}
			flash.addFlashAttribute("problem", this.messages.getMessage(ex, LocaleContextHolder.getLocale()));
			return "redirect:/plans/" + planId + "/implementation/" + organisationId + "/documents/" + documentId;
		}
	}

	@PostMapping("/plans/{planId}/implementation/{organisationId}/documents/{documentId}/removal")
	String discard(@PathVariable long planId, @PathVariable long organisationId, @PathVariable long documentId,
			RedirectAttributes flash) {
		this.documents.discard(planId, organisationId, documentId);
		flash.addFlashAttribute("done",
				this.messages.getMessage("implementation.page.discarded", null, LocaleContextHolder.getLocale()));
		return "redirect:/plans/" + planId + "/implementation/" + organisationId;
	}

	/** Every organisation's filed measures for a task, for the task's page. */
	@GetMapping("/tasks/{taskId}/measures")
	String ofTask(@PathVariable long taskId, Model model) {
		model.addAttribute("filed", this.measures.ofTask(taskId));
		return "implementation/task-measures :: measures";
	}

	private String act(long planId, long organisationId, RedirectAttributes flash, String done,
			java.util.function.Supplier<ImplementationPlanView> step) {
		try {
			step.get();
			flash.addFlashAttribute("done", this.messages.getMessage(done, null, LocaleContextHolder.getLocale()));
		}
		catch (Refusal ex) {
			if (ex.kind() == Refusal.Kind.FORBIDDEN || ex.kind() == Refusal.Kind.NOT_FOUND) {
				throw ex;
			}
			flash.addFlashAttribute("problem", this.messages.getMessage(ex, LocaleContextHolder.getLocale()));
		}
		return "redirect:/plans/" + planId + "/implementation/" + organisationId;
	}

}
