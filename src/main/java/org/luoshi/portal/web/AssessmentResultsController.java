package org.luoshi.portal.web;

import org.luoshi.evaluation.Assessments;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The responsibility assessment's published results on the portal, for anybody: the years
 * published, and a year's departments and cities ranked with their grades.
 */
@Controller
class AssessmentResultsController {

	private final Assessments assessments;

	AssessmentResultsController(Assessments assessments) {
		this.assessments = assessments;
	}

	@GetMapping("/portal/assessments")
	String published(Model model) {
		model.addAttribute("published", this.assessments.published());
		return "portal/assessments";
	}

	@GetMapping("/portal/assessments/{planId}/{year}")
	String ranking(@PathVariable long planId, @PathVariable int year, Model model) {
		model.addAttribute("ranking", this.assessments.publishedRanking(planId, year));
		model.addAttribute("year", year);
		return "portal/assessment";
	}

}
