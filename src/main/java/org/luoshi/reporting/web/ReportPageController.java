package org.luoshi.reporting.web;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.luoshi.reporting.AttachmentFile;
import org.luoshi.reporting.ConsolidationView;
import org.luoshi.reporting.EntryStatus;
import org.luoshi.reporting.Notifications;
import org.luoshi.reporting.ReportView;
import org.luoshi.reporting.Reports;
import org.luoshi.security.Actor;
import org.luoshi.security.CurrentActor;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The reporter's pages: the to-do list with the notifications and what each report still
 * lacks, the report page with its entries (saved as they are typed), figures,
 * attachments, review actions, versions and steps, the lead's consolidation of a shared
 * task and the comparison of two submitted versions. Who may see and do what is decided
 * by the services; another organisation's report answers 403.
 */
@Controller
class ReportPageController {

	private final Reports reports;

	private final Notifications notifications;

	private final CurrentActor actors;

	private final PageActions actions;

	ReportPageController(Reports reports, Notifications notifications, CurrentActor actors, PageActions actions) {
		this.reports = reports;
		this.notifications = notifications;
		this.actors = actors;
		this.actions = actions;
	}

	@GetMapping("/reports")
	String todo(Model model) {
		model.addAttribute("reports", this.reports.mine());
		model.addAttribute("notifications", this.notifications.mine());
		model.addAttribute("actor", this.actors.current());
		return "reporting/todo";
	}

	@GetMapping("/reports/{id}")
	String report(@PathVariable long id, Model model) {
		ReportView report = this.reports.get(id);
		Actor actor = this.actors.current();
		model.addAttribute("report", report);
		model.addAttribute("actor", actor);
		model.addAttribute("steps", PageSteps.of(report, actor));
		model.addAttribute("statuses", EntryStatus.values());
		model.addAttribute("versions", this.reports.versions(id));
		model.addAttribute("transitions", this.reports.transitions(id));
		// a double click or a reloaded form submits with the same key, and is stored once
		model.addAttribute("submissionKey", UUID.randomUUID().toString());
		return "reporting/report";
	}

	@GetMapping("/reports/{id}/tasks/{taskId}")
	String consolidation(@PathVariable long id, @PathVariable long taskId, Model model) {
		ConsolidationView view = this.reports.consolidation(id, taskId);
		model.addAttribute("report", this.reports.get(id));
		model.addAttribute("consolidation", view);
		return "reporting/consolidation";
	}

	@PostMapping("/reports/{id}/tasks/{taskId}/consolidation")
	String consolidate(@PathVariable long id, @PathVariable long taskId, Integer version, String text,
			RedirectAttributes flash) {
		return this.actions.run(flash, "/reports/" + id + "/tasks/" + taskId,
				(drafts, workflow) -> drafts.consolidate(id, taskId, version, text));
	}

	@GetMapping("/reports/{id}/attachments/{attachmentId}")
	ResponseEntity<byte[]> attachment(@PathVariable long id, @PathVariable long attachmentId) {
		AttachmentFile file = this.reports.attachment(id, attachmentId);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.info().mediaType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(file.info().fileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(file.content());
	}

	@GetMapping("/reports/{id}/versions/{number}")
	String comparison(@PathVariable long id, @PathVariable int number, Model model) {
		model.addAttribute("report", this.reports.get(id));
		model.addAttribute("version", this.reports.version(id, number));
		model.addAttribute("comparison", this.reports.comparison(id, number));
		return "reporting/comparison";
	}

}
