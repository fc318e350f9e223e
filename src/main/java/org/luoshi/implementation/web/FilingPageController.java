package org.luoshi.implementation.web;

import java.time.LocalDate;

import org.luoshi.common.Refusal;
import org.luoshi.implementation.Filings;
import org.luoshi.implementation.PlannedMeasures;

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
 * The office's filing view: the deadline, who has filed and who has not (the missing
 * first, late ones marked), a reminder to everyone missing, an escalation of one, and the
 * tasks nobody planned for.
 */
@Controller
class FilingPageController {

	private final Filings filings;

	private final PlannedMeasures measures;

	private final MessageSource messages;

	FilingPageController(Filings filings, PlannedMeasures measures, MessageSource messages) {
		this.filings = filings;
		this.measures = measures;
		this.messages = messages;
	}

	@GetMapping("/plans/{planId}/filings")
	String filings(@PathVariable long planId, Model model) {
		model.addAttribute("status", this.filings.status(planId));
		model.addAttribute("unplanned", this.measures.unplanned(planId));
		model.addAttribute("planId", planId);
		return "implementation/filings";
	}

	@PostMapping("/plans/{planId}/filings/deadline")
	String deadline(@PathVariable long planId, @RequestParam(required = false) LocalDate deadline,
			RedirectAttributes flash) {
		return act(planId, flash, "implementation.page.deadline-set", () -> this.filings.setDeadline(planId, deadline));
	}

	@PostMapping("/plans/{planId}/filings/reminders")
	String remind(@PathVariable long planId, @RequestParam(required = false) Long organisationId,
			@RequestParam(required = false) String note, RedirectAttributes flash) {
		return act(planId, flash, "implementation.page.reminded",
				() -> this.filings.remind(planId, organisationId, note));
	}

	@PostMapping("/plans/{planId}/filings/escalations")
	String escalate(@PathVariable long planId, @RequestParam(required = false) Long organisationId,
			@RequestParam(required = false) String note, RedirectAttributes flash) {
		return act(planId, flash, "implementation.page.escalated",
				() -> this.filings.escalate(planId, organisationId, note));
	}

	private String act(long planId, RedirectAttributes flash, String done, java.util.function.Supplier<?> step) {
		try {
			Object result = step.get();
			Object[] arguments = (result instanceof Integer count) ? new Object[] { count } : null;
			flash.addFlashAttribute("done", this.messages.getMessage(done, arguments, LocaleContextHolder.getLocale()));
		}
		catch (Refusal ex) {
			if (ex.kind() == Refusal.Kind.FORBIDDEN || ex.kind() == Refusal.Kind.NOT_FOUND) {
				throw ex;
			}
			flash.addFlashAttribute("problem", this.messages.getMessage(ex, LocaleContextHolder.getLocale()));
		}
		return "redirect:/plans/" + planId + "/filings";
	}

}
