package org.luoshi.evaluation.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.luoshi.common.Refusal;
import org.luoshi.evaluation.AnnualReportDocuments;
import org.luoshi.evaluation.AnnualReportSummary;
import org.luoshi.evaluation.AnnualReportView;
import org.luoshi.evaluation.AnnualReports;
import org.luoshi.evaluation.Generation;
import org.luoshi.evaluation.Narrative;
import org.luoshi.evaluation.ReportGenerations;
import org.luoshi.plan.PlanCatalogue;
import org.luoshi.plan.PlanOverview;
import org.luoshi.security.CurrentActor;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The office's pages for the annual report: the plan's years with their drafts and the
 * button that generates the next one, the progress while it is generated, a draft laid
 * out as the report reads with the office's sections to edit, freezing and publishing,
 * the comparison of two drafts and the downloads.
 */
@Controller
class AnnualReportPageController {

	private final AnnualReports reports;

	private final AnnualReportDocuments documents;

	private final ReportGenerations generations;

	private final PlanCatalogue plans;

	private final CurrentActor actors;

	private final MessageSource messages;

	private final java.time.ZoneId zone;

	AnnualReportPageController(AnnualReports reports, AnnualReportDocuments documents, ReportGenerations generations,
			PlanCatalogue plans, CurrentActor actors, MessageSource messages,
			@org.springframework.beans.factory.annotation.Value("${luoshi.reporting.time-zone:Asia/Shanghai}") String zone) {
		this.reports = reports;
		this.documents = documents;
		this.generations = generations;
		this.plans = plans;
		this.actors = actors;
		this.messages = messages;
		this.zone = java.time.ZoneId.of(zone);
	}

	@GetMapping("/evaluation")
	String index(@RequestParam(required = false) Long plan, Model model) {
		List<PlanOverview> all = this.plans.plans();
		PlanOverview chosen = all.stream().filter((p) -> plan == null || p.id() == plan).findFirst().orElse(null);
		model.addAttribute("plans", all);
		model.addAttribute("plan", chosen);
		if (chosen != null) {
			List<AnnualReportSummary> drafts = this.reports.ofPlan(chosen.id(), null);
			model.addAttribute("years", YearRow.of(chosen, drafts));
		}
		model.addAttribute("actor", this.actors.current());
		return "evaluation/index";
	}

	@PostMapping("/evaluation/plans/{planId}/years/{year}/generate")
	String generate(@PathVariable long planId, @PathVariable int year, RedirectAttributes flash) {
		try {
			Generation generation = this.generations.start(planId, year);
			return "redirect:/evaluation/generations/" + generation.id();
		}
		catch (Refusal refusal) {
			rethrowForErrorPage(refusal);
			flash.addFlashAttribute("problem", this.messages.getMessage(refusal, LocaleContextHolder.getLocale()));
			return "redirect:/evaluation?plan=" + planId;
		}
	}

	@GetMapping("/evaluation/generations/{id}")
	String generation(@PathVariable long id, Model model) {
		Generation generation = this.generations.get(id);
		// a draft generated before its page was asked for is shown at once
		if (generation.done()) {
			return "redirect:/evaluation/reports/" + generation.reportId();
		}
		model.addAttribute("generation", generation);
		return "evaluation/generation";
	}

	/** The progress alone, for htmx to poll; once done the page moves to the draft. */
	@GetMapping("/evaluation/generations/{id}/state")
	String generationState(@PathVariable long id, Model model, HttpServletResponse response) {
		Generation generation = this.generations.get(id);
		if (generation.done()) {
			response.setHeader("HX-Redirect", "/evaluation/reports/" + generation.reportId());
		}
		model.addAttribute("generation", generation);
		return "evaluation/generation :: state";
	}

	@GetMapping("/evaluation/reports/{id}")
	String report(@PathVariable long id, Model model) {
		AnnualReportView report = this.reports.get(id);
		show(report, report.narrative(), model);
		return "evaluation/report";
	}

	@PostMapping("/evaluation/reports/{id}/narrative")
	String narrative(@PathVariable long id, @RequestParam int version, String overall, String problems,
			String nextSteps, Model model, RedirectAttributes flash, HttpServletResponse response) {
		Narrative typed = new Narrative(overall, problems, nextSteps);
		try {
			this.reports.saveNarrative(id, version, typed);
			flash.addFlashAttribute("done", message("evaluation.page.saved"));
			return "redirect:/evaluation/reports/" + id + "#narrative";
		}
		catch (Refusal refusal) {
			rethrowForErrorPage(refusal);
			// the writer's text stays in the form, beside why it was not saved
			response.setStatus(refusal.kind().status());
			model.addAttribute("problem", this.messages.getMessage(refusal, LocaleContextHolder.getLocale()));
			show(this.reports.get(id), typed, model);
			return "evaluation/report";
		}
	}

	@PostMapping("/evaluation/reports/{id}/freeze")
	String freeze(@PathVariable long id, RedirectAttributes flash) {
		return act(id, flash, "evaluation.page.frozen", () -> this.reports.freeze(id));
	}

	@PostMapping("/evaluation/reports/{id}/publish")
	String publish(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes flash) {
		return act(id, flash, "evaluation.page.published", () -> this.reports.publish(id, reason));
	}

	@GetMapping("/evaluation/reports/{id}/comparison")
	String comparison(@PathVariable long id, @RequestParam("with") long other, Model model) {
		model.addAttribute("comparison", this.reports.compare(other, id));
		model.addAttribute("report", this.reports.get(id));
		return "evaluation/comparison";
	}

	@GetMapping("/evaluation/reports/{id}/report.docx")
	ResponseEntity<byte[]> docx(@PathVariable long id) {
		return AnnualReportApiController.file(this.documents.docx(id, locale()), AnnualReportApiController.DOCX,
				"annual-report-" + id + ".docx");
	}

	@GetMapping("/evaluation/reports/{id}/report.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable long id) {
		return AnnualReportApiController.file(this.documents.pdf(id, locale()), MediaType.APPLICATION_PDF,
				"annual-report-" + id + ".pdf");
	}

	@GetMapping("/evaluation/reports/{id}/charts/{name}.png")
	ResponseEntity<byte[]> chart(@PathVariable long id, @PathVariable String name) {
		return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).body(this.documents.chart(id, name, locale()));
	}

	private void show(AnnualReportView report, Narrative narrative, Model model) {
		model.addAttribute("report", report);
		model.addAttribute("narrative", narrative);
		model.addAttribute("document", this.documents.layout(report.id(), locale()));
		model.addAttribute("chartBase", "/evaluation/reports/" + report.id() + "/charts/");
		model.addAttribute("others",
				this.reports.ofPlan(report.summary().planId(), report.summary().year())
					.stream()
					.filter((s) -> s.id() != report.id())
					.toList());
		model.addAttribute("actor", this.actors.current());
		// times as the office reads them, in the plan's time zone
		model.addAttribute("zone", this.zone);
	}

	private String act(long id, RedirectAttributes flash, String done, Runnable action) {
		try {
			action.run();
			flash.addFlashAttribute("done", message(done));
		}
		catch (Refusal refusal) {
			rethrowForErrorPage(refusal);
			flash.addFlashAttribute("problem", this.messages.getMessage(refusal, LocaleContextHolder.getLocale()));
		}
		return "redirect:/evaluation/reports/" + id;
	}

	private static void rethrowForErrorPage(Refusal refusal) {
		if (refusal.kind().errorPage()) {
			throw refusal;
		}
	}

	private String message(String code) {
		return this.messages.getMessage(code, null, LocaleContextHolder.getLocale());
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

}
