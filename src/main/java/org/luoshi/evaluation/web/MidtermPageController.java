package org.luoshi.evaluation.web;

import java.util.Locale;

import org.luoshi.evaluation.MidtermReportModel;
import org.luoshi.evaluation.MidtermReports;
import org.luoshi.plan.PlanRegister;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The mid-term evaluation report of a plan (中期评估报告) as it reads, generated from the data
 * each time, with its Word and PDF downloads: for the office and leaders.
 */
@Controller
class MidtermPageController {

	private final MidtermReports reports;

	private final PlanRegister plans;

	MidtermPageController(MidtermReports reports, PlanRegister plans) {
		this.reports = reports;
		this.plans = plans;
	}

	@GetMapping("/plans/{planId}/midterm")
	String page(@PathVariable long planId, Model model) {
		MidtermReportModel report = this.reports.of(planId);
		model.addAttribute("plan", this.plans.plan(planId));
		model.addAttribute("report", report);
		model.addAttribute("document", this.reports.layout(report, locale()));
		return "evaluation/midterm";
	}

	@GetMapping("/plans/{planId}/midterm.docx")
	ResponseEntity<byte[]> docx(@PathVariable long planId) {
		return AnnualReportApiController.file(this.reports.docx(planId, locale()), AnnualReportApiController.DOCX,
				"midterm-evaluation-" + planId + ".docx");
	}

	@GetMapping("/plans/{planId}/midterm.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable long planId) {
		return AnnualReportApiController.file(this.reports.pdf(planId, locale()), MediaType.APPLICATION_PDF,
				"midterm-evaluation-" + planId + ".pdf");
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

}
