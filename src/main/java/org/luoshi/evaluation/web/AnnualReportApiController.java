package org.luoshi.evaluation.web;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.luoshi.common.IfMatch;
import org.luoshi.evaluation.AnnualReportDocuments;
import org.luoshi.evaluation.AnnualReportSummary;
import org.luoshi.evaluation.AnnualReportView;
import org.luoshi.evaluation.AnnualReports;
import org.luoshi.evaluation.Narrative;
import org.luoshi.evaluation.ReportComparison;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The annual implementation report for scripts: generate a numbered draft of a year, list
 * and read drafts, save the office's sections (If-Match), freeze, compare, download as
 * .docx or PDF, publish.
 */
@RestController
@RequestMapping("/api")
@Tag(name = "annual implementation report",
		description = "Annual implementation report: generate, edit, freeze, compare, download, publish")
class AnnualReportApiController {

	static final MediaType DOCX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

	private final AnnualReports reports;

	private final AnnualReportDocuments documents;

	AnnualReportApiController(AnnualReports reports, AnnualReportDocuments documents) {
		this.reports = reports;
		this.documents = documents;
	}

	/** What the office asks to generate. */
	record GenerateForm(@NotNull Integer year) {
	}

	/** Why a report replaces one published before on the same year. */
	record PublishForm(String reason) {
	}

	@PostMapping("/plans/{planId}/annual-reports")
	@Operation(summary = "Generate the next numbered draft of a year from the data (office)",
			description = "Refused when the year is outside the plan (422) or no reporting cycle was opened for it (409).")
	ResponseEntity<AnnualReportView> generate(@PathVariable long planId, @Valid @RequestBody GenerateForm form) {
		AnnualReportView draft = this.reports.generate(planId, form.year());
		return ResponseEntity.created(URI.create("/api/annual-reports/" + draft.id()))
			.eTag(IfMatch.eTag(draft.summary().version()))
			.body(draft);
	}

	@GetMapping("/plans/{planId}/annual-reports")
	@Operation(summary = "The plan's drafts, of one year or of all, newest first (office, leaders)")
	List<AnnualReportSummary> ofPlan(@PathVariable long planId, @RequestParam(required = false) Integer year) {
		return this.reports.ofPlan(planId, year);
	}

	@GetMapping("/annual-reports/{id}")
	@Operation(summary = "One draft: its numbers as generated and the office's sections; the ETag is its version")
	ResponseEntity<AnnualReportView> get(@PathVariable long id) {
		AnnualReportView report = this.reports.get(id);
		return ResponseEntity.ok().eTag(IfMatch.eTag(report.summary().version())).body(report);
	}

	@PutMapping("/annual-reports/{id}/narrative")
	@Operation(summary = "Save the office's sections: overall, problems, next steps (office; If-Match required)",
			description = "412 when somebody saved meanwhile (nothing overwritten), 428 without If-Match, 409 once frozen.")
	ResponseEntity<AnnualReportView> narrative(@PathVariable long id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch, @RequestBody Narrative narrative) {
		AnnualReportView report = this.reports.saveNarrative(id, IfMatch.required(ifMatch), narrative);
		return ResponseEntity.ok().eTag(IfMatch.eTag(report.summary().version())).body(report);
	}

	@PostMapping("/annual-reports/{id}/freeze")
	@Operation(summary = "Freeze a draft: its numbers and text never change again (office; 409 when frozen already)")
	ResponseEntity<AnnualReportView> freeze(@PathVariable long id) {
		AnnualReportView report = this.reports.freeze(id);
		return ResponseEntity.ok().eTag(IfMatch.eTag(report.summary().version())).body(report);
	}

	@PostMapping("/annual-reports/{id}/publish")
	@Operation(summary = "Publish a frozen report to the portal (office)",
			description = "409 for a draft not frozen; a report replacing one published on the same year needs a reason (422).")
	ResponseEntity<AnnualReportView> publish(@PathVariable long id, @RequestBody(required = false) PublishForm form) {
		AnnualReportView report = this.reports.publish(id, (form != null) ? form.reason() : null);
		return ResponseEntity.ok().eTag(IfMatch.eTag(report.summary().version())).body(report);
	}

	@GetMapping("/annual-reports/{id}/comparison")
	@Operation(
			summary = "What changed from draft {id} to draft {with} of the same year: figures, verdicts, task counts")
	ReportComparison compare(@PathVariable long id, @RequestParam("with") long other) {
		return this.reports.compare(id, other);
	}

	@GetMapping("/annual-reports/{id}/report.docx")
	@Operation(summary = "The draft as a Word document in the layout of a government report")
	ResponseEntity<byte[]> docx(@PathVariable long id) {
		return file(this.documents.docx(id, LocaleContextHolder.getLocale()), DOCX, "annual-report-" + id + ".docx");
	}

	@GetMapping("/annual-reports/{id}/report.pdf")
	@Operation(summary = "The draft as PDF, its Chinese text embedded and searchable")
	ResponseEntity<byte[]> pdf(@PathVariable long id) {
		return file(this.documents.pdf(id, LocaleContextHolder.getLocale()), MediaType.APPLICATION_PDF,
				"annual-report-" + id + ".pdf");
	}

	static ResponseEntity<byte[]> file(byte[] content, MediaType type, String name) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(content);
	}

}
