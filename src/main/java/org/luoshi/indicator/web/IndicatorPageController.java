package org.luoshi.indicator.web;

import java.math.BigDecimal;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.luoshi.common.IfMatch;
import org.luoshi.indicator.IndicatorRefusal;
import org.luoshi.common.Refusal;
import org.luoshi.indicator.IndicatorCompletion;
import org.luoshi.indicator.IndicatorFigures;
import org.luoshi.indicator.Indicators;
import org.luoshi.indicator.ValueFileRefused;
import org.luoshi.plan.PlanOverview;
import org.luoshi.plan.PlanRegister;

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

	private final PlanRegister plans;

	private final Dashboard dashboard;

	IndicatorPageController(Indicators indicators, IndicatorFigures figures, PlanRegister plans, Dashboard dashboard) {
		this.indicators = indicators;
		this.figures = figures;
		this.plans = plans;
		this.dashboard = dashboard;
	}

	/** The dashboard of the only (or first) plan, for the navigation. */
	@GetMapping("/indicators")
	String first() {
		List<PlanOverview> plans = this.plans.plans();
		return plans.isEmpty() ? "redirect:/" : "redirect:/plans/" + plans.get(0).id() + "/indicators";
	}

	@GetMapping("/plans/{planId}/indicators")
	String dashboard(@PathVariable long planId, @RequestParam(required = false) Long indicator, Model model) {
		return this.dashboard.render(planId, indicator, model);
	}

	@PostMapping("/plans/{planId}/indicators/{id}/values")
	String enter(@PathVariable long planId, @PathVariable long id, NewFigureForm form,
			@RequestParam(required = false) Integer version, Model model, HttpServletResponse response) {
		try {
			this.figures.enter(id, form.entry(), version);
			return "redirect:/plans/" + planId + "/indicators?indicator=" + id + "#figures";
		}
		catch (IfMatch.VersionRequired | IndicatorRefusal.FigureChangedMeanwhile revision) {
			// the year has a figure: the form comes back naming the version it now
			// revises, and saving it again revises that version
			String error = this.dashboard.refusal(revision, response);
			int current = this.figures.version(id, form.regionId(), form.year());
			model.addAttribute("figureError", (revision instanceof IfMatch.VersionRequired)
					? this.dashboard.message("indicator.page.revision-confirm", String.valueOf(form.year()), current)
					: error);
			model.addAttribute("figureVersion", current);
		}
		catch (Refusal refused) {
			model.addAttribute("figureError", this.dashboard.refusal(refused, response));
		}
		model.addAttribute("figureForm", form);
		return this.dashboard.render(planId, id, model);
	}

	@PostMapping("/plans/{planId}/indicators/{id}/baseline")
	String complete(@PathVariable long planId, @PathVariable long id, @RequestParam int version,
			@RequestParam Integer baselineYear, @RequestParam String baselineValue, Model model,
			HttpServletResponse response) {
		try {
			BigDecimal value = new BigDecimal(baselineValue.strip());
			this.indicators.complete(id, version, new IndicatorCompletion(baselineYear, value, null, null, null, null));
			return "redirect:/plans/" + planId + "/indicators?indicator=" + id;
		}
		catch (Refusal refused) {
			model.addAttribute("baselineError", this.dashboard.refusal(refused, response));
		}
		catch (NumberFormatException notANumber) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("baselineError",
					this.dashboard.message("indicator.problem.value-not-a-number", baselineValue));
		}
		catch (OptimisticLockingFailureException stale) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("baselineError", this.dashboard.message("problem.detail.409"));
		}
		return this.dashboard.render(planId, id, model);
	}

	@PostMapping("/plans/{planId}/indicator-values")
	String importFile(@PathVariable long planId, @RequestParam("file") MultipartFile file, Model model,
			HttpServletResponse response) throws java.io.IOException {
		try {
			model.addAttribute("importReport",
					this.figures.importFile(planId, file.getBytes(), file.getOriginalFilename()));
		}
		catch (Refusal refused) {
			model.addAttribute("importError", this.dashboard.refusal(refused, response));
			if (refused instanceof ValueFileRefused rows) {
				model.addAttribute("importErrors",
						rows.errors()
							.stream()
							.map((e) -> this.dashboard.message("indicator.page.row-error", e.row(), e.column(),
									this.dashboard.words(e.refusal())))
							.toList());
			}
		}
		return this.dashboard.render(planId, null, model);
	}

}
