package org.luoshi.indicator.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.luoshi.common.Refusal;
import org.luoshi.indicator.AllowedIndicatorSteps;
import org.luoshi.indicator.DecompositionRefusal;
import org.luoshi.indicator.IndicatorCompletion;
import org.luoshi.indicator.IndicatorDetail;
import org.luoshi.indicator.IndicatorSummary;
import org.luoshi.indicator.IndicatorFigures;
import org.luoshi.indicator.Indicators;
import org.luoshi.indicator.RollUp;
import org.luoshi.indicator.RollUps;
import org.luoshi.indicator.FigureInput;
import org.luoshi.indicator.Figure;
import org.luoshi.indicator.FigureForm;
import org.luoshi.indicator.ValueFileRefused;
import org.luoshi.plan.PlanOverview;
import org.luoshi.plan.PlanRegister;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The dashboard of a plan's binding indicators: where each stands, the trend of one
 * against its target line and expected path, its figures, the city breakdown of a split
 * one; and the forms to enter a yearly figure, complete the baseline and import a file of
 * figures. A refused entry comes back to the page with its reason (422).
 */
@Controller
class IndicatorPageController {

	private final Indicators indicators;

	private final IndicatorFigures figures;

	private final RollUps rollUps;

	private final PlanRegister plans;

	private final MessageSource messages;

	IndicatorPageController(Indicators indicators, IndicatorFigures figures, RollUps rollUps, PlanRegister plans,
			MessageSource messages) {
		this.indicators = indicators;
		this.figures = figures;
		this.rollUps = rollUps;
		this.plans = plans;
		this.messages = messages;
	}

	/** The dashboard of the only (or first) plan, for the navigation. */
	@GetMapping("/indicators")
	String first() {
		List<PlanOverview> plans = this.plans.plans();
		return plans.isEmpty() ? "redirect:/" : "redirect:/plans/" + plans.get(0).id() + "/indicators";
	}

	@GetMapping("/plans/{planId}/indicators")
	String dashboard(@PathVariable long planId, @RequestParam(required = false) Long indicator, Model model) {
		List<IndicatorSummary> binding = this.indicators.ofPlan(planId)
			.stream()
			.filter(IndicatorSummary::binding)
			.toList();
		model.addAttribute("plan", this.plans.plan(planId));
		model.addAttribute("planId", planId);
		model.addAttribute("indicators", binding);
		AllowedIndicatorSteps planSteps = this.indicators.allowedSteps(null);
		model.addAttribute("office", planSteps.importFigures());
		binding.stream()
			.filter((i) -> indicator == null || i.id() == indicator)
			.findFirst()
			.map((i) -> this.indicators.get(i.id()))
			.ifPresent((detail) -> select(detail, model));
		return "indicator/dashboard";
	}

	@PostMapping("/plans/{planId}/indicators/{id}/values")
	String enter(@PathVariable long planId, @PathVariable long id, NewFigureForm form, Model model,
			jakarta.servlet.http.HttpServletResponse response) {
		try {
			this.figures.enter(id, form.entry());
			return "redirect:/plans/" + planId + "/indicators?indicator=" + id + "#figures";
		}
		catch (Refusal refused) {
			refuse(refused, response);
			model.addAttribute("figureError", message(refused));
			model.addAttribute("figureForm", form);
			return dashboard(planId, id, model);
		}
	}

	@PostMapping("/plans/{planId}/indicators/{id}/baseline")
	String complete(@PathVariable long planId, @PathVariable long id, @RequestParam int version,
			@RequestParam Integer baselineYear, @RequestParam String baselineValue, Model model,
			jakarta.servlet.http.HttpServletResponse response) {
		try {
			BigDecimal value = new BigDecimal(baselineValue.strip());
			this.indicators.complete(id, version, new IndicatorCompletion(baselineYear, value, null, null, null, null));
			return "redirect:/plans/" + planId + "/indicators?indicator=" + id;
		}
		catch (NumberFormatException | Refusal | OptimisticLockingFailureException refused) {
			if (refused instanceof Refusal known) {
				refuse(known, response);
			}
			else {
				response.setStatus(refused instanceof OptimisticLockingFailureException ? HttpStatus.CONFLICT.value()
						: HttpStatus.UNPROCESSABLE_CONTENT.value());
			}
			model.addAttribute("baselineError",
					refused instanceof Refusal known ? message(known) : refused instanceof NumberFormatException
							? this.messages.getMessage("indicator.problem.value-not-a-number",
									new Object[] { baselineValue }, LocaleContextHolder.getLocale())
							: this.messages.getMessage("problem.detail.409", null, LocaleContextHolder.getLocale()));
			return dashboard(planId, id, model);
		}
	}

	@PostMapping("/plans/{planId}/indicator-values")
	String importFile(@PathVariable long planId, @RequestParam("file") MultipartFile file, Model model,
			jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
		try {
			model.addAttribute("importReport",
					this.figures.importFile(planId, file.getBytes(), file.getOriginalFilename()));
		}
		catch (Refusal refused) {
			refuse(refused, response);
			model.addAttribute("importError", message(refused));
			if (refused instanceof ValueFileRefused rows) {
				model.addAttribute("importErrors",
						rows.errors()
							.stream()
							.map((e) -> this.messages.getMessage("indicator.page.row-error",
									new Object[] { e.row(), e.column(), message(e.refusal()) },
									LocaleContextHolder.getLocale()))
							.toList());
			}
		}
		return dashboard(planId, null, model);
	}

	/**
	 * A refusal shown next to its form with its status; what does not exist or is not the
	 * user's to do goes to the error page.
	 */
	private static void refuse(Refusal refused, jakarta.servlet.http.HttpServletResponse response) {
		if (refused.kind().errorPage()) {
			throw refused;
		}
		response.setStatus(refused.kind().status());
	}

	private String message(Refusal refusal) {
		return this.messages.getMessage(refusal, LocaleContextHolder.getLocale());
	}

	private void select(IndicatorDetail detail, Model model) {
		model.addAttribute("selected", detail);
		model.addAttribute("forms", FigureForm.values());
		AllowedIndicatorSteps steps = this.indicators.allowedSteps(detail.indicator().id());
		model.addAttribute("entersFigures", steps.enterFigures());
		model.addAttribute("completes", steps.complete());
		model.addAttribute("chart", TrendChart.of(detail));
		List<Figure> figures = detail.figures();
		model.addAttribute("figures", figures);
		if (detail.indicator().toDecompose()) {
			figures.stream()
				.map(Figure::year)
				.max(Integer::compare)
				.flatMap((year) -> rollUp(detail.indicator().id(), year))
				.ifPresent((rollUp) -> model.addAttribute("rollUp", rollUp));
		}
	}

	private Optional<RollUp> rollUp(long indicatorId, int year) {
		try {
			return Optional.of(this.rollUps.of(indicatorId, year));
		}
		catch (DecompositionRefusal.NoIssuedDecomposition notYet) {
			return Optional.empty();
		}
	}

}
