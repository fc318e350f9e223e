package org.luoshi.reporting.web;

import java.time.LocalDate;
import java.util.List;

import org.luoshi.plan.PlanCatalogue;
import org.luoshi.reporting.CycleOpening;
import org.luoshi.reporting.CycleProgress;
import org.luoshi.reporting.CycleView;
import org.luoshi.reporting.Cycles;
import org.luoshi.reporting.Escalations;
import org.luoshi.common.Refusal;
import org.luoshi.reporting.ReportingRefusal;
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
 * The office's pages: the cycles with the form that opens one, and a cycle's dashboard —
 * submitted, approved, overdue per organisation, refreshed every half minute — with the
 * escalation (督办) of an organisation.
 */
@Controller
class CyclePageController {

	private final Cycles cycles;

	private final CycleProgress progress;

	private final Escalations escalations;

	private final PlanCatalogue plans;

	private final CurrentActor actors;

	private final MessageSource messages;

	CyclePageController(Cycles cycles, CycleProgress progress, Escalations escalations, PlanCatalogue plans,
			CurrentActor actors, MessageSource messages) {
		this.cycles = cycles;
		this.progress = progress;
		this.escalations = escalations;
		this.plans = plans;
		this.actors = actors;
		this.messages = messages;
	}

	@GetMapping("/cycles")
	String cycles(Model model) {
		model.addAttribute("cycles", this.cycles.all());
		model.addAttribute("plans", this.plans.plans());
		model.addAttribute("actor", this.actors.current());
		return "reporting/cycles";
	}

	@PostMapping("/cycles")
	String open(@RequestParam long planId, @RequestParam int year, @RequestParam(required = false) String period,
			@RequestParam(required = false) LocalDate deadline, RedirectAttributes flash) {
		try {
			CycleView cycle = this.cycles.open(planId,
					new CycleOpening(year, period, (deadline != null) ? deadline.atTime(23, 59) : null, List.of()));
			flash.addFlashAttribute("done", message("reporting.page.opened"));
			return "redirect:/cycles/" + cycle.id();
		}
		catch (ReportingRefusal ex) {
			if (ex.kind() == Refusal.Kind.FORBIDDEN) {
				throw ex;
			}
			flash.addFlashAttribute("problem", this.messages.getMessage(ex, LocaleContextHolder.getLocale()));
			return "redirect:/cycles";
		}
	}

	@GetMapping("/cycles/{id}")
	String dashboard(@PathVariable long id, Model model) {
		model.addAttribute("dashboard", this.progress.dashboard(id));
		model.addAttribute("actor", this.actors.current());
		return "reporting/cycle";
	}

	/** The dashboard's table alone, for htmx to poll. */
	@GetMapping("/cycles/{id}/table")
	String table(@PathVariable long id, Model model) {
		dashboard(id, model);
		return "reporting/cycle :: table";
	}

	@PostMapping("/cycles/{id}/escalations")
	String escalate(@PathVariable long id, @RequestParam long organisationId, String message,
			RedirectAttributes flash) {
		try {
			int mails = this.escalations.escalate(id, organisationId, message);
			flash.addFlashAttribute("done", message("reporting.page.escalated", mails));
		}
		catch (ReportingRefusal ex) {
			if (ex.kind() == Refusal.Kind.FORBIDDEN) {
				throw ex;
			}
			flash.addFlashAttribute("problem", this.messages.getMessage(ex, LocaleContextHolder.getLocale()));
		}
		return "redirect:/cycles/" + id;
	}

	private String message(String code, Object... arguments) {
		return this.messages.getMessage(code, arguments, LocaleContextHolder.getLocale());
	}

}
