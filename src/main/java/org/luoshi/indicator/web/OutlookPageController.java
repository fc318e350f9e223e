package org.luoshi.indicator.web;

import jakarta.servlet.http.HttpServletResponse;
import org.luoshi.common.Refusal;
import org.luoshi.indicator.IndicatorOutlooks;
import org.luoshi.indicator.MidtermYear;
import org.luoshi.indicator.PlanOutlook;
import org.luoshi.plan.PlanRegister;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The mid-term outlook page (中期展望): every indicator of the plan judged on the figures up
 * to the mid-term year (or another year asked for), with the rule that decides 可完成, 有难度
 * and 难以完成 stated above the table; the office sets the mid-term year there.
 */
@Controller
class OutlookPageController {

	private final IndicatorOutlooks outlooks;

	private final PlanRegister plans;

	private final MessageSource messages;

	OutlookPageController(IndicatorOutlooks outlooks, PlanRegister plans, MessageSource messages) {
		this.outlooks = outlooks;
		this.plans = plans;
		this.messages = messages;
	}

	@GetMapping("/plans/{planId}/indicators/outlook")
	String page(@PathVariable long planId, @RequestParam(required = false) Integer year, Model model) {
		PlanOutlook outlook = (year != null) ? this.outlooks.of(planId, year) : this.outlooks.of(planId);
		model.addAttribute("plan", this.plans.plan(planId));
		model.addAttribute("outlook", outlook);
		model.addAttribute("midterm", this.outlooks.midtermYear(planId));
		model.addAttribute("rule", this.messages.getMessage(outlook.rule(), LocaleContextHolder.getLocale()));
		model.addAttribute("setsMidterm", this.outlooks.mayChangeMidtermYear());
		return "indicator/outlook";
	}

	@PostMapping("/plans/{planId}/midterm-year")
	String setMidtermYear(@PathVariable long planId, @RequestParam int year, @RequestParam int version, Model model,
			HttpServletResponse response) {
		try {
			MidtermYear set = this.outlooks.setMidtermYear(planId, year, version);
			return "redirect:/plans/" + planId + "/indicators/outlook?year=" + set.year();
		}
		catch (Refusal refused) {
			if (refused.kind().errorPage()) {
				throw refused;
			}
			response.setStatus(refused.kind().status());
			model.addAttribute("midtermError", this.messages.getMessage(refused, LocaleContextHolder.getLocale()));
		}
		catch (OptimisticLockingFailureException stale) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("midtermError",
					this.messages.getMessage("problem.detail.409", null, LocaleContextHolder.getLocale()));
		}
		return page(planId, null, model);
	}

}
