package org.luoshi.reporting.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.luoshi.common.IfMatch;
import org.luoshi.reporting.AttachmentFile;
import org.luoshi.reporting.AttachmentInfo;
import org.luoshi.reporting.ConsolidationView;
import org.luoshi.reporting.EntryChange;
import org.luoshi.reporting.EntryView;
import org.luoshi.reporting.MilestoneChange;
import org.luoshi.reporting.FigureEntry;
import org.luoshi.reporting.FigureView;
import org.luoshi.reporting.ReportDrafts;
import org.luoshi.reporting.ReportSummary;
import org.luoshi.reporting.ReportView;
import org.luoshi.reporting.Reports;
import org.luoshi.reporting.Transition;
import org.luoshi.reporting.VersionComparison;
import org.luoshi.reporting.VersionInfo;
import org.luoshi.reporting.internal.ReportingProperties;

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
 * Progress reports: the user's to-do list, one report (its version is the ETag), saving
 * an entry as it is typed, the lead's consolidation of a shared task, indicator figures,
 * attachments, and the submitted versions with what changed between them. Every write
 * names the version it read in If-Match: 412 when somebody saved meanwhile, 428 without.
 */
@RestController
@RequestMapping("/api/reports")
@Tag(name = "progress reports", description = "年度进展情况报告：填报、牵头单位汇总、附件、版本比较")
class ReportApiController {

	private final Reports reports;

	private final ReportDrafts drafts;

	private final ReportingProperties properties;

	ReportApiController(Reports reports, ReportDrafts drafts, ReportingProperties properties) {
		this.reports = reports;
		this.drafts = drafts;
		this.properties = properties;
	}

	@GetMapping
	@Operation(summary = "The reports of the user's organisation with what each still lacks and the time left")
	List<ReportSummary> mine() {
		return this.reports.mine();
	}

	@GetMapping("/{id}")
	@Operation(summary = "One report with its entries, figures, attachments and what is missing; version as ETag")
	ResponseEntity<ReportView> get(@PathVariable long id) {
		ReportView report = this.reports.get(id);
		return ResponseEntity.ok().eTag(IfMatch.eTag(report.version())).body(report);
	}

	@PutMapping("/{id}/entries/{taskId}")
	@Operation(summary = "Save one entry of a draft as it is typed (reporter; If-Match required)",
			description = "Null fields keep what was saved; status is not-started, in-progress, completed, lagging "
					+ "or blocked.")
	ResponseEntity<EntryView> saveEntry(@PathVariable long id, @PathVariable long taskId,
			@RequestHeader(name = "If-Match", required = false) String ifMatch, @RequestBody EntryChange change) {
		return saved(this.drafts.saveEntry(id, taskId, IfMatch.version(ifMatch), change));
	}

	@PutMapping("/{id}/entries/{taskId}/milestones/{milestoneId}")
	@Operation(summary = "Say what became of a milestone due in the report's period (reporter; If-Match required)",
			description = "outcome is done (evidence required), not-done, or done-late (completedOn after the due "
					+ "date and evidence required). A milestone overdue and not met makes the task lagging by rule.")
	ResponseEntity<EntryView> answerMilestone(@PathVariable long id, @PathVariable long taskId,
			@PathVariable long milestoneId, @RequestHeader(name = "If-Match", required = false) String ifMatch,
			@RequestBody MilestoneChange change) {
		return saved(this.drafts.answerMilestone(id, taskId, milestoneId, IfMatch.version(ifMatch), change));
	}

	@GetMapping("/{id}/entries/{taskId}/consolidation")
	@Operation(summary = "A task the organisation leads with others: its entry and each co-responsible "
			+ "organisation's submitted input side by side")
	ResponseEntity<ConsolidationView> consolidation(@PathVariable long id, @PathVariable long taskId) {
		ConsolidationView view = this.reports.consolidation(id, taskId);
		return ResponseEntity.ok().eTag(IfMatch.eTag(view.version())).body(view);
	}

	@PutMapping("/{id}/entries/{taskId}/consolidation")
	@Operation(summary = "Save the lead organisation's consolidated account (牵头单位汇总; If-Match required)")
	ResponseEntity<EntryView> consolidate(@PathVariable long id, @PathVariable long taskId,
			@RequestHeader(name = "If-Match", required = false) String ifMatch, @RequestBody ConsolidationForm form) {
		return saved(this.drafts.consolidate(id, taskId, IfMatch.version(ifMatch), form.text()));
	}

	@PutMapping("/{id}/figures/{indicatorId}")
	@Operation(summary = "Enter the indicator figure the report owes for its year (If-Match required)",
			description = "Checked by the indicator module as every figure is; a figure already there needs a "
					+ "revisionReason.")
	ResponseEntity<FigureView> enterFigure(@PathVariable long id, @PathVariable long indicatorId,
			@RequestHeader(name = "If-Match", required = false) String ifMatch, @RequestBody FigureEntry entry) {
		return saved(this.drafts.enterFigure(id, indicatorId, IfMatch.version(ifMatch), entry));
	}

	@PostMapping(path = "/{id}/attachments", consumes = MediaType.ALL_VALUE)
	@Operation(summary = "Attach a file sent as the request body (PDF, .docx, .xlsx, PNG, JPEG, GIF; 10 MB)",
			description = "The type is read from the file's first bytes, not its name; If-Match required.")
	ResponseEntity<AttachmentInfo> attach(@PathVariable long id, @RequestParam String fileName,
			@RequestParam(required = false) Long taskId,
			@RequestHeader(name = "If-Match", required = false) String ifMatch, HttpServletRequest request)
			throws IOException {
		ReportDrafts.Saved<AttachmentInfo> saved = this.drafts.attach(id, taskId, IfMatch.version(ifMatch), fileName,
				body(request));
		return ResponseEntity.created(URI.create("/api/reports/" + id + "/attachments/" + saved.value().id()))
			.eTag(IfMatch.eTag(saved.version()))
			.body(saved.value());
	}

	@GetMapping("/{id}/attachments/{attachmentId}")
	@Operation(summary = "Download an attachment")
	ResponseEntity<byte[]> attachment(@PathVariable long id, @PathVariable long attachmentId) {
		AttachmentFile file = this.reports.attachment(id, attachmentId);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.info().mediaType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(file.info().fileName(), java.nio.charset.StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(file.content());
	}

	@GetMapping("/{id}/transitions")
	@Operation(summary = "Every step the report took: from, to, who, when, comment")
	List<Transition> transitions(@PathVariable long id) {
		return this.reports.transitions(id);
	}

	@GetMapping("/{id}/versions")
	@Operation(summary = "Every submitted version, oldest first")
	List<VersionInfo> versions(@PathVariable long id) {
		return this.reports.versions(id);
	}

	@GetMapping("/{id}/versions/{number}")
	@Operation(summary = "One submitted version with its snapshot")
	VersionInfo version(@PathVariable long id, @PathVariable int number) {
		return this.reports.version(id, number);
	}

	@GetMapping("/{id}/versions/{number}/comparison")
	@Operation(summary = "What changed from the previous submitted version, field by field")
	VersionComparison comparison(@PathVariable long id, @PathVariable int number) {
		return this.reports.comparison(id, number);
	}

	private static <T> ResponseEntity<T> saved(ReportDrafts.Saved<T> saved) {
		return ResponseEntity.ok().eTag(IfMatch.eTag(saved.version())).body(saved.value());
	}

	// reads one byte past the limit at most, so that an oversized body is refused without
	// being kept in memory
	private byte[] body(HttpServletRequest request) throws IOException {
		try (InputStream in = request.getInputStream()) {
			return in
				.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, this.properties.attachmentLimit().toBytes() + 1));
		}
	}

}
