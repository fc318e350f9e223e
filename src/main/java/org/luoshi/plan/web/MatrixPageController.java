package org.luoshi.plan.web;

import java.util.List;

import org.luoshi.plan.PlanOverview;
import org.luoshi.plan.PlanRegister;
import org.luoshi.plan.ResponsibilityMatrix;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The responsibility matrix: how many tasks each organisation answers for in each
 * chapter, as a heatmap whose cells open the plan overview narrowed to that organisation
 * and chapter, with the same figures as a table for readers without the chart.
 */
@Controller
class MatrixPageController {

	private final PlanRegister register;

	MatrixPageController(PlanRegister register) {
		this.register = register;
	}

	/** The matrix of the only (or first) plan, for the navigation. */
	@GetMapping("/matrix")
	String first() {
		List<PlanOverview> plans = this.register.plans();
		return plans.isEmpty() ? "redirect:/" : "redirect:/plans/" + plans.get(0).id() + "/matrix";
	}

	@GetMapping("/plans/{id}/matrix")
	String matrix(@PathVariable long id, Model model) {
		ResponsibilityMatrix matrix = this.register.matrix(id);
		model.addAttribute("plan", this.register.plan(id));
		model.addAttribute("planId", id);
		model.addAttribute("matrix", matrix);
		model.addAttribute("chart", MatrixChart.of(matrix));
		return "plan/matrix";
	}

}
