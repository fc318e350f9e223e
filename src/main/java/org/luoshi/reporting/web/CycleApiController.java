package org.luoshi.reporting.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.luoshi.common.IfMatch;
import org.luoshi.reporting.Contact;
import org.luoshi.reporting.CycleDashboard;
import org.luoshi.reporting.CycleProgress;
import org.luoshi.reporting.CycleView;
import org.luoshi.reporting.Cycles;
import org.luoshi.reporting.Escalations;
import org.luoshi.reporting.OrganisationProgress;
import org.luoshi.reporting.ReportingContacts;
import org.luoshi.reporting.ReportingSchedule;
import org.luoshi.reporting.Timeliness;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reporting cycles for the planning office: opening the cycle of a year with its
 * timetable, the dashboard of who has submitted, the overdue list, timeliness,
 * escalations (督办), each plan's reminder schedule and where each organisation's mails go.
 */
@RestController
@RequestMapping("/api")
@Tag(name = "reporting cycles", description = "年度进展情况报送：开启报送、时间表、督办、及时性")
class CycleApiController {

	private final Cycles cycles;

	private final CycleProgress progress;

	private final Escalations escalations;

	private final ReportingContacts contacts;

	CycleApiController(Cycles cycles, CycleProgress progress, Escalations escalations, ReportingContacts contacts) {
		this.cycles = cycles;
		this.progress = progress;
		this.escalations = escalations;
		this.contacts = contacts;
	}

	@PostMapping("/plans/{planId}/cycles")
	@Operation(summary = "Open the reporting cycle of a year (office)",
			description = "One report per organisation with an open assignment (or those named), an entry per task "
					+ "and the indicator figures it owes; deadline by default the day the notice orders (else 31 March) of the next year, 23:59.")
	ResponseEntity<CycleView> open(@PathVariable long planId, @Valid @RequestBody CycleForm form) {
		CycleView cycle = this.cycles.open(planId, form.opening());
		return ResponseEntity.created(URI.create("/api/cycles/" + cycle.id())).body(cycle);
	}

	@GetMapping("/plans/{planId}/cycles")
	@Operation(summary = "The plan's cycles, the latest year first")
	List<CycleView> ofPlan(@PathVariable long planId) {
		return this.cycles.ofPlan(planId);
	}

	@GetMapping("/cycles")
	@Operation(summary = "Every cycle, the latest opened first")
	List<CycleView> all() {
		return this.cycles.all();
	}

	@GetMapping("/cycles/{id}")
	@Operation(summary = "One cycle with its timetable: opening, reminders, deadline")
	CycleView get(@PathVariable long id) {
		return this.cycles.get(id);
	}

	@GetMapping("/cycles/{id}/dashboard")
	@Operation(
			summary = "Every organisation's report: state, submission, due date, overdue, timeliness (office, leaders)")
	CycleDashboard dashboard(@PathVariable long id) {
		return this.progress.dashboard(id);
	}

	@GetMapping("/cycles/{id}/overdue")
	@Operation(summary = "The organisations whose report is still a draft after its due date")
	List<OrganisationProgress> overdue(@PathVariable long id) {
		return this.progress.overdue(id);
	}

	@GetMapping("/cycles/{id}/timeliness")
	@Operation(summary = "On time, late by N days, missing or pending, per organisation")
	List<Timeliness> timeliness(@PathVariable long id) {
		return this.progress.timeliness(id);
	}

	@PostMapping("/cycles/{id}/escalations")
	@Operation(summary = "Press an organisation and its leadership to report (督办): in the application and by mail")
	ResponseEntity<Map<String, Integer>> escalate(@PathVariable long id, @Valid @RequestBody EscalationForm form) {
		int mails = this.escalations.escalate(id, form.organisationId(), form.message());
		return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("mails", mails));
	}

	@GetMapping("/plans/{planId}/reporting-schedule")
	@Operation(summary = "The plan's reminder days and time zone; version 0 while on the defaults")
	ResponseEntity<ReportingSchedule> schedule(@PathVariable long planId) {
		ReportingSchedule schedule = this.cycles.schedule(planId);
		return ResponseEntity.ok().eTag(IfMatch.eTag(schedule.version())).body(schedule);
	}

	@PutMapping("/plans/{planId}/reporting-schedule")
	@Operation(
			summary = "Set the plan's reminder days, time zone and rhythm — yearly, half-yearly or quarterly, with the days after a period's end its reports are due — over what the notice orders (office; If-Match required)")
	ResponseEntity<ReportingSchedule> setSchedule(@PathVariable long planId,
			@RequestHeader(name = "If-Match", required = false) String ifMatch, @Valid @RequestBody ScheduleForm form) {
		ReportingSchedule schedule = this.cycles.setSchedule(planId, IfMatch.version(ifMatch), form.reminderDays(),
				form.timeZone(), form.rhythm(), form.daysAfterPeriod());
		return ResponseEntity.ok().eTag(IfMatch.eTag(schedule.version())).body(schedule);
	}

	@GetMapping("/reporting-contacts/{organisationId}")
	@Operation(summary = "Where the organisation's reminders and escalations go")
	List<Contact> contacts(@PathVariable long organisationId) {
		return this.contacts.of(organisationId);
	}

	@PutMapping("/reporting-contacts/{organisationId}")
	@Operation(summary = "Replace the organisation's reporting contacts and leadership addresses (office)")
	List<Contact> replaceContacts(@PathVariable long organisationId, @RequestBody List<ContactForm> contacts) {
		return this.contacts.replace(organisationId, contacts.stream().map(ContactForm::contact).toList());
	}

}
