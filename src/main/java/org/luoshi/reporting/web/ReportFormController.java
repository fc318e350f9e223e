package org.luoshi.reporting.web;

import org.luoshi.common.Refusal;
import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.luoshi.reporting.EntryChange;
import org.luoshi.reporting.EntryView;
import org.luoshi.reporting.FigureEntry;
import org.luoshi.reporting.ReportDrafts;
import org.luoshi.reporting.Reports;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The forms of the report page: an entry saved as it is typed (htmx answers with the
 * saved state and the report's new version; without script the page reloads), a figure,
 * an attachment, the submission and the review steps. Each form carries the version the
 * page was rendered with; a submission also its idempotency key.
 */
@Controller
class ReportFormController {

	private final ReportDrafts drafts;

	private final Reports reports;

	private final PageActions actions;

	ReportFormController(ReportDrafts drafts, Reports reports, PageActions actions) {
		this.drafts = drafts;
		this.reports = reports;
		this.actions = actions;
	}

	@PostMapping("/reports/{id}/entries/{taskId}")
	String saveEntry(@PathVariable long id, @PathVariable long taskId, Integer version, String status, String done,
			String figures, String problems, String nextSteps,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model, RedirectAttributes flash) {
		EntryChange change = new EntryChange(status, done, figures, problems, nextSteps);
		if (htmx == null) {
			return this.actions.run(flash, "/reports/" + id + "#task-" + taskId,
					(d, w) -> d.saveEntry(id, taskId, version, change));
		}
		try {
			ReportDrafts.Saved<EntryView> saved = this.drafts.saveEntry(id, taskId, version, change);
			model.addAttribute("saved", saved.value());
			model.addAttribute("version", saved.version());
		}
		catch (Refusal ex) {
			model.addAttribute("problem", this.actions.text(ex));
		}
		return "reporting/report :: saved";
	}

	@PostMapping("/reports/{id}/entries/{taskId}/milestones/{milestoneId}")
	String answerMilestone(@PathVariable long id, @PathVariable long taskId, @PathVariable long milestoneId,
			Integer version, String outcome, @RequestParam(required = false) java.time.LocalDate completedOn,
			String evidence, RedirectAttributes flash) {
		return this.actions.run(flash, "/reports/" + id + "#task-" + taskId, (d, w) -> d.answerMilestone(id, taskId,
				milestoneId, version, new org.luoshi.reporting.MilestoneChange(outcome, completedOn, evidence)));
	}

	@PostMapping("/reports/{id}/figures/{indicatorId}")
	String enterFigure(@PathVariable long id, @PathVariable long indicatorId, Integer version, String value,
			String source, String revisionReason, String form, RedirectAttributes flash) {
		return this.actions.run(flash, "/reports/" + id + "#figures", (d, w) -> d.enterFigure(id, indicatorId, version,
				new FigureEntry(value, null, source, revisionReason, form)));
	}

	@PostMapping("/reports/{id}/attachments")
	String attach(@PathVariable long id, Integer version, @RequestParam(required = false) Long taskId,
			@RequestParam("file") MultipartFile file, RedirectAttributes flash) throws IOException {
		byte[] content = file.getBytes();
		return this.actions.run(flash, "/reports/" + id + "#attachments",
				(d, w) -> d.attach(id, taskId, version, file.getOriginalFilename(), content));
	}

	@PostMapping("/reports/{id}/submit")
	String submit(@PathVariable long id, Integer version, String key, RedirectAttributes flash) {
		return this.actions.run(flash, "/reports/" + id, "reporting.page.submitted",
				(d, w) -> w.submit(id, version, key));
	}

	@PostMapping("/reports/{id}/approve")
	String approve(@PathVariable long id, Integer version, String comment, RedirectAttributes flash) {
		return this.actions.run(flash, "/reports/" + id, "reporting.page.approved",
				(d, w) -> w.approve(id, version, comment));
	}

	@PostMapping("/reports/{id}/return")
	String giveBack(@PathVariable long id, Integer version, String comment,
			@RequestParam(required = false) LocalDate dueDate, RedirectAttributes flash) {
		return this.actions.run(flash, "/reports/" + id, "reporting.page.returned",
				(d, w) -> w.giveBack(id, version, comment, endOf(id, dueDate)));
	}

	@PostMapping("/reports/{id}/receive")
	String receive(@PathVariable long id, Integer version, RedirectAttributes flash) {
		return this.actions.run(flash, "/reports/" + id, "reporting.page.received", (d, w) -> w.receive(id, version));
	}

	@PostMapping("/reports/{id}/accept")
	String accept(@PathVariable long id, Integer version, RedirectAttributes flash) {
		return this.actions.run(flash, "/reports/" + id, "reporting.page.accepted", (d, w) -> w.accept(id, version));
	}

	@PostMapping("/reports/{id}/exception")
	String grantException(@PathVariable long id, Integer version, String reason,
			@RequestParam(required = false) LocalDate dueDate, RedirectAttributes flash) {
		return this.actions.run(flash, "/reports/" + id, "reporting.page.exception",
				(d, w) -> w.grantException(id, version, reason, endOf(id, dueDate)));
	}

	// a due date picked on the page holds until the end of that day where the plan is
	private OffsetDateTime endOf(long id, LocalDate day) {
		if (day == null) {
			return null;
		}
		java.time.ZoneId zone = this.reports.get(id).deadline().toZonedDateTime().getZone();
		return day.atTime(23, 59, 59).atZone(zone).toOffsetDateTime();
	}

}
