package org.luoshi.indicator.web;

import java.util.List;

import org.luoshi.indicator.IndicatorSummary;
import org.luoshi.indicator.Indicators;
import org.luoshi.plan.PlanOverview;
import org.luoshi.plan.PlanRegister;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The dashboard of a plan's binding indicators: where each stands, and the trend of one
 * against its target line and expected path.
 */
@Controller
class IndicatorPageController {

	private final Indicators indicators;

	private final PlanRegister plans;

	IndicatorPageController(Indicators indicators, PlanRegister plans) {
		this.indicators = indicators;
		this.plans = plans;
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
		binding.stream()
			.filter((i) -> indicator == null || i.id() == indicator)
			.findFirst()
			.map((i) -> this.indicators.get(i.id()))
			.ifPresent((detail) -> {
				model.addAttribute("selected", detail);
				model.addAttribute("chart", TrendChart.of(detail));
			});
		return "indicator/dashboard";
	}

}
