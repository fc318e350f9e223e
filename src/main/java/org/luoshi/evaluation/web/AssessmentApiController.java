package org.luoshi.evaluation.web;

import java.math.BigDecimal;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.luoshi.common.IfMatch;
import org.luoshi.evaluation.AssessmentDocuments;
import org.luoshi.evaluation.AssessmentReview;
import org.luoshi.evaluation.AssessmentSummary;
import org.luoshi.evaluation.Assessments;
import org.luoshi.evaluation.Objection;
import org.luoshi.evaluation.OrganisationAssessment;
import org.luoshi.evaluation.Ranking;
import org.luoshi.evaluation.Rubric;
import org.luoshi.evaluation.RubricForm;
import org.luoshi.evaluation.RubricGroup;
import org.luoshi.evaluation.Rubrics;
import org.luoshi.evaluation.ScoreAdjustment;
import org.luoshi.evaluation.ScoreChange;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
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
 * The responsibility assessment for scripts: rubrics (If-Match), computing, the ranking
 * and breakdowns, marks, adjustments, objections and answers, lock, publish, exports.
 */
@RestController
@RequestMapping("/api/plans/{planId}/assessments/{year}")
@Tag(name = "responsibility assessment",
		description = "Responsibility assessment: rubrics, scores, review, ranking, exports")
class AssessmentApiController {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final Rubrics rubrics;

	private final Assessments assessments;

	private final AssessmentReview review;

	private final AssessmentDocuments documents;

	AssessmentApiController(Rubrics rubrics, Assessments assessments, AssessmentReview review,
			AssessmentDocuments documents) {
		this.rubrics = rubrics;
		this.assessments = assessments;
		this.review = review;
		this.documents = documents;
	}

	/** The office's mark for a criterion it marks by hand. */
	record MarkForm(String criterion, BigDecimal points, String reason) {
	}

	/** An adjustment and its reason. */
	record AdjustmentForm(BigDecimal points, String reason) {
	}

	/** An objection's or an answer's text. */
	record TextForm(String text) {
	}

	@GetMapping("/rubrics/{group}")
	@Operation(summary = "The year's rubric for a group (departments, cities); the ETag is its version")
	ResponseEntity<Rubric> rubric(@PathVariable long planId, @PathVariable int year, @PathVariable String group) {
		Rubric rubric = this.rubrics.get(planId, year, RubricGroup.of(group));
		return ResponseEntity.ok().eTag(IfMatch.eTag(rubric.version())).body(rubric);
	}

	@PutMapping("/rubrics/{group}")
	@Operation(summary = "Save the rubric (office): a new one without If-Match, else the version read",
			description = "422 when the base points do not add up to 100 (the sum is named) or a criterion has no source; "
					+ "412 when somebody saved meanwhile. Nothing is saved when refused.")
	ResponseEntity<Rubric> save(@PathVariable long planId, @PathVariable int year, @PathVariable String group,
			@RequestHeader(name = "If-Match", required = false) String ifMatch, @RequestBody RubricForm form) {
		Rubric rubric = this.rubrics.save(planId, year, RubricGroup.of(group), IfMatch.version(ifMatch), form);
		return ResponseEntity.ok().eTag(IfMatch.eTag(rubric.version())).body(rubric);
	}

	@PostMapping("/rubrics/{group}/copy")
	@Operation(summary = "Start the year's rubric from last year's (office; If-Match when the year has one)")
	ResponseEntity<Rubric> copy(@PathVariable long planId, @PathVariable int year, @PathVariable String group,
			@RequestHeader(name = "If-Match", required = false) String ifMatch) {
		Rubric rubric = this.rubrics.copyLastYear(planId, year, RubricGroup.of(group), IfMatch.version(ifMatch));
		return ResponseEntity.ok().eTag(IfMatch.eTag(rubric.version())).body(rubric);
	}

	@PostMapping("/computations")
	@Operation(summary = "Compute every organisation's score from the data as the next run (office)",
			description = "Answers what changed since the run before; 409 once the results are locked.")
	List<ScoreChange> compute(@PathVariable long planId, @PathVariable int year) {
		return this.assessments.compute(planId, year);
	}

	@GetMapping
	@Operation(summary = "The results, departments and cities ranked apart (office, leaders; everybody once published)")
	Ranking ranking(@PathVariable long planId, @PathVariable int year) {
		return this.assessments.ranking(planId, year);
	}

	@GetMapping("/organisations/{organisationId}")
	@Operation(summary = "One organisation's breakdown, adjustments and objections",
			description = "Before publication an organisation's users read their own only (403).")
	OrganisationAssessment breakdown(@PathVariable long planId, @PathVariable int year,
			@PathVariable long organisationId) {
		return this.assessments.of(planId, year, organisationId);
	}

	@PostMapping("/organisations/{organisationId}/marks")
	@Operation(summary = "The office's mark (quality, bonus, veto) with a reason; recomputes the year")
	List<ScoreChange> mark(@PathVariable long planId, @PathVariable int year, @PathVariable long organisationId,
			@RequestBody MarkForm form) {
		this.review.mark(planId, year, organisationId, form.criterion(), form.points(), form.reason());
		return this.assessments.changes(planId, year);
	}

	@PostMapping("/organisations/{organisationId}/adjustments")
	@Operation(summary = "Adjust a score (office); refused without a reason (422) and once locked (409)")
	ScoreAdjustment adjust(@PathVariable long planId, @PathVariable int year, @PathVariable long organisationId,
			@RequestBody AdjustmentForm form) {
		return this.review.adjust(planId, year, organisationId, form.points(), form.reason());
	}

	@PostMapping("/organisations/{organisationId}/objections")
	@Operation(summary = "File an objection to one's own score; refused once locked (409)")
	Objection object(@PathVariable long planId, @PathVariable int year, @PathVariable long organisationId,
			@RequestBody TextForm form) {
		return this.review.object(planId, year, organisationId, form.text());
	}

	@PostMapping("/objections/{objectionId}/answer")
	@Operation(summary = "The office's answer to an objection")
	Objection answer(@PathVariable long planId, @PathVariable int year, @PathVariable long objectionId,
			@RequestBody TextForm form) {
		return this.review.answer(planId, year, objectionId, form.text());
	}

	@PostMapping("/lock")
	@Operation(summary = "Finalise and lock the results (office)")
	AssessmentSummary lock(@PathVariable long planId, @PathVariable int year) {
		return this.review.lock(planId, year);
	}

	@PostMapping("/publish")
	@Operation(summary = "Publish the locked results to the portal (office)")
	AssessmentSummary publish(@PathVariable long planId, @PathVariable int year) {
		return this.review.publish(planId, year);
	}

	@GetMapping("/assessment.xlsx")
	@Operation(summary = "The ranking and every breakdown as a workbook")
	ResponseEntity<byte[]> xlsx(@PathVariable long planId, @PathVariable int year) {
		return AnnualReportApiController.file(this.documents.xlsx(planId, year, LocaleContextHolder.getLocale()), XLSX,
				"assessment-" + year + ".xlsx");
	}

	@GetMapping("/assessment.docx")
	@Operation(summary = "The ranking and every breakdown as a Word document")
	ResponseEntity<byte[]> docx(@PathVariable long planId, @PathVariable int year) {
		return AnnualReportApiController.file(this.documents.docx(planId, year, LocaleContextHolder.getLocale()),
				AnnualReportApiController.DOCX, "assessment-" + year + ".docx");
	}

}
