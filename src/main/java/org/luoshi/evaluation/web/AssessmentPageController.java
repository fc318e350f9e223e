package org.luoshi.evaluation.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.luoshi.common.Refusal;
import org.luoshi.evaluation.AssessmentDocuments;
import org.luoshi.evaluation.AssessmentReview;
import org.luoshi.evaluation.AssessmentState;
import org.luoshi.evaluation.AssessmentSummary;
import org.luoshi.evaluation.Criterion;
import org.luoshi.evaluation.CriterionSource;
import org.luoshi.evaluation.Grade;
import org.luoshi.evaluation.GradeBands;
import org.luoshi.evaluation.Assessments;
import org.luoshi.evaluation.OrganisationAssessment;
import org.luoshi.evaluation.RankedScore;
import org.luoshi.evaluation.Ranking;
import org.luoshi.evaluation.Rubric;
import org.luoshi.evaluation.RubricForm;
import org.luoshi.evaluation.RubricGroup;
import org.luoshi.evaluation.Rubrics;
import org.luoshi.evaluation.ScoreBreakdown;
import org.luoshi.evaluation.internal.AssessmentWording;
import org.luoshi.evaluation.internal.Words;
import org.luoshi.plan.PlanRegister;
import org.luoshi.security.Actor;
import org.luoshi.security.CurrentActor;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The assessment's pages: the year's ranking of departments and cities with its chart and
 * what the last recomputation changed; one organisation's breakdown with its adjustments
 * and objections; the year's rubrics with each formula in words. Who may see and do what
 * is decided by the services.
 */
@Controller
class AssessmentPageController {

	private final Assessments assessments;

	private final AssessmentReview review;

	private final Rubrics rubrics;

	private final AssessmentDocuments documents;

	private final PlanRegister plans;

	private final CurrentActor actors;

	private final MessageSource messages;

	private final java.time.ZoneId zone;

	AssessmentPageController(Assessments assessments, AssessmentReview review, Rubrics rubrics,
			AssessmentDocuments documents, PlanRegister plans, CurrentActor actors, MessageSource messages,
			@Value("${luoshi.reporting.time-zone:Asia/Shanghai}") String zone) {
		this.assessments = assessments;
		this.review = review;
		this.rubrics = rubrics;
		this.documents = documents;
		this.plans = plans;
		this.actors = actors;
		this.messages = messages;
		this.zone = java.time.ZoneId.of(zone);
	}

	@GetMapping("/plans/{planId}/assessment/{year}")
	String ranking(@PathVariable long planId, @PathVariable int year, Model model) {
		Actor actor = this.actors.current();
		Optional<AssessmentSummary> assessment = this.assessments.find(planId, year);
		// before publication an organisation's users have their own breakdown, not the
		// ranking
		if (actor.organisationId() != null && assessment.isPresent()
				&& assessment.get().state() != AssessmentState.PUBLISHED) {
			return "redirect:/plans/" + planId + "/assessment/" + year + "/organisations/" + actor.organisationId();
		}
		model.addAttribute("plan", this.plans.plan(planId));
		model.addAttribute("year", year);
		model.addAttribute("actor", actor);
		model.addAttribute("zone", this.zone);
		model.addAttribute("assessment", assessment.orElse(null));
		if (assessment.isPresent()) {
			Ranking ranking = this.assessments.ranking(planId, year);
			model.addAttribute("ranking", ranking);
			model.addAttribute("changes", this.assessments.changes(planId, year));
			model.addAttribute("chart", chart(ranking));
		}
		return "evaluation/assessment";
	}

	// the chart's data: each group's organisations and final scores, best first
	private static Map<String, Object> chart(Ranking ranking) {
		Map<String, Object> chart = new LinkedHashMap<>();
		chart.put("departments", names(ranking.departments()));
		chart.put("departmentScores", scores(ranking.departments()));
		chart.put("cities", names(ranking.cities()));
		chart.put("cityScores", scores(ranking.cities()));
		return chart;
	}

	private static List<String> names(List<RankedScore> scores) {
		return scores.stream().map(RankedScore::organisationName).toList();
	}

	private static List<BigDecimal> scores(List<RankedScore> scores) {
		return scores.stream().map(RankedScore::score).toList();
	}

	@PostMapping("/plans/{planId}/assessment/{year}/compute")
	String compute(@PathVariable long planId, @PathVariable int year, RedirectAttributes flash) {
		return act(flash, "evaluation.assessment.computed", () -> this.assessments.compute(planId, year),
				ranking(planId, year));
	}

	@PostMapping("/plans/{planId}/assessment/{year}/lock")
	String lock(@PathVariable long planId, @PathVariable int year, RedirectAttributes flash) {
		return act(flash, "evaluation.assessment.locked", () -> this.review.lock(planId, year), ranking(planId, year));
	}

	@PostMapping("/plans/{planId}/assessment/{year}/publish")
	String publish(@PathVariable long planId, @PathVariable int year, RedirectAttributes flash) {
		return act(flash, "evaluation.assessment.published-now", () -> this.review.publish(planId, year),
				ranking(planId, year));
	}

	@GetMapping("/plans/{planId}/assessment/{year}/organisations/{organisationId}")
	String breakdown(@PathVariable long planId, @PathVariable int year, @PathVariable long organisationId,
			Model model) {
		OrganisationAssessment shown = this.assessments.of(planId, year, organisationId);
		AssessmentWording wording = wording();
		ScoreBreakdown breakdown = shown.breakdown();
		Rubric rubric = this.rubrics.find(planId, year, breakdown.group()).orElse(null);
		Map<String, String> basis = new LinkedHashMap<>();
		breakdown.lines().forEach((line) -> basis.put(line.code(), wording.basis(line)));
		model.addAttribute("plan", this.plans.plan(planId));
		model.addAttribute("year", year);
		model.addAttribute("shown", shown);
		model.addAttribute("formulas", wording.formulas(rubric));
		model.addAttribute("marked",
				(rubric != null) ? rubric.criteria().stream().filter((c) -> c.source().marked()).toList() : List.of());
		model.addAttribute("basis", basis);
		model.addAttribute("actor", this.actors.current());
		model.addAttribute("zone", this.zone);
		return "evaluation/assessment-breakdown";
	}

	@PostMapping("/plans/{planId}/assessment/{year}/organisations/{organisationId}/mark")
	String mark(@PathVariable long planId, @PathVariable int year, @PathVariable long organisationId,
			@RequestParam(required = false) String criterion, @RequestParam(required = false) BigDecimal points,
			@RequestParam(required = false) String reason, RedirectAttributes flash) {
		return act(flash, "evaluation.assessment.marked",
				() -> this.review.mark(planId, year, organisationId, criterion, points, reason),
				breakdown(planId, year, organisationId));
	}

	@PostMapping("/plans/{planId}/assessment/{year}/organisations/{organisationId}/adjust")
	String adjust(@PathVariable long planId, @PathVariable int year, @PathVariable long organisationId,
			@RequestParam(required = false) BigDecimal points, @RequestParam(required = false) String reason,
			RedirectAttributes flash) {
		return act(flash, "evaluation.assessment.adjusted",
				() -> this.review.adjust(planId, year, organisationId, points, reason),
				breakdown(planId, year, organisationId));
	}

	@PostMapping("/plans/{planId}/assessment/{year}/organisations/{organisationId}/object")
	String object(@PathVariable long planId, @PathVariable int year, @PathVariable long organisationId,
			@RequestParam(required = false) String comment, RedirectAttributes flash) {
		return act(flash, "evaluation.assessment.objected",
				() -> this.review.object(planId, year, organisationId, comment),
				breakdown(planId, year, organisationId));
	}

	@PostMapping("/plans/{planId}/assessment/{year}/organisations/{organisationId}/objections/{objectionId}")
	String answer(@PathVariable long planId, @PathVariable int year, @PathVariable long organisationId,
			@PathVariable long objectionId, @RequestParam(required = false) String answer, RedirectAttributes flash) {
		return act(flash, "evaluation.assessment.answered", () -> this.review.answer(planId, year, objectionId, answer),
				breakdown(planId, year, organisationId));
	}

	@GetMapping("/plans/{planId}/assessment/{year}/rubric")
	String rubric(@PathVariable long planId, @PathVariable int year, Model model) {
		showRubrics(planId, year, null, null, model);
		return "evaluation/assessment-rubric";
	}

	/**
	 * Saves a group's rubric as typed, at the version the writer read; a refusal is shown
	 * beside the form with the typed rows kept, nothing saved.
	 */
	@PostMapping("/plans/{planId}/assessment/{year}/rubric/{group}")
	String saveRubric(@PathVariable long planId, @PathVariable int year, @PathVariable String group,
			@RequestParam(required = false) Integer version, RubricRows rows, Model model, RedirectAttributes flash,
			jakarta.servlet.http.HttpServletResponse response) {
		RubricGroup which = RubricGroup.of(group);
		RubricForm typed = null;
		try {
			typed = rows.form();
			this.rubrics.save(planId, year, which, version, typed);
			flash.addFlashAttribute("done",
					this.messages.getMessage("evaluation.assessment.rubric.saved", null, locale()));
			return "redirect:/plans/" + planId + "/assessment/" + year + "/rubric";
		}
		catch (Refusal refusal) {
			if (refusal.kind().errorPage()) {
				throw refusal;
			}
			response.setStatus(refusal.kind().status());
			model.addAttribute("problem", this.messages.getMessage(refusal, locale()));
			showRubrics(planId, year, which, (typed != null) ? typed : rows.lenient(), model);
			return "evaluation/assessment-rubric";
		}
	}

	private void showRubrics(long planId, int year, RubricGroup typedGroup, RubricForm typed, Model model) {
		AssessmentWording wording = wording();
		Map<RubricGroup, Rubric> rubrics = new LinkedHashMap<>();
		Map<RubricGroup, Map<String, String>> formulas = new LinkedHashMap<>();
		Map<RubricGroup, List<Criterion>> rows = new LinkedHashMap<>();
		Map<RubricGroup, GradeBands> bands = new LinkedHashMap<>();
		for (RubricGroup group : RubricGroup.values()) {
			Rubric rubric = this.rubrics.find(planId, year, group).orElse(null);
			rubrics.put(group, rubric);
			formulas.put(group, wording.formulas(rubric));
			RubricForm shown = (group == typedGroup) ? typed : (rubric != null) ? rubric.form() : null;
			rows.put(group, RubricRows.withBlanks((shown != null) ? shown.criteria() : List.of()));
			bands.put(group, (shown != null && shown.bands() != null) ? shown.bands() : GradeBands.usual());
		}
		model.addAttribute("plan", this.plans.plan(planId));
		model.addAttribute("year", year);
		model.addAttribute("rubrics", rubrics);
		model.addAttribute("formulas", formulas);
		model.addAttribute("rows", rows);
		model.addAttribute("bands", bands);
		model.addAttribute("sources", CriterionSource.values());
		model.addAttribute("grades", Grade.values());
		model.addAttribute("actor", this.actors.current());
		model.addAttribute("zone", this.zone);
	}

	@PostMapping("/plans/{planId}/assessment/{year}/rubric/{group}/copy")
	String copy(@PathVariable long planId, @PathVariable int year, @PathVariable String group,
			@RequestParam(required = false) Integer version, RedirectAttributes flash) {
		return act(flash, "evaluation.assessment.rubric.copied",
				() -> this.rubrics.copyLastYear(planId, year, RubricGroup.of(group), version),
				"/plans/" + planId + "/assessment/" + year + "/rubric");
	}

	@GetMapping("/plans/{planId}/assessment/{year}/assessment.xlsx")
	ResponseEntity<byte[]> xlsx(@PathVariable long planId, @PathVariable int year) {
		return AnnualReportApiController.file(this.documents.xlsx(planId, year, locale()), AssessmentApiController.XLSX,
				"assessment-" + year + ".xlsx");
	}

	@GetMapping("/plans/{planId}/assessment/{year}/assessment.docx")
	ResponseEntity<byte[]> docx(@PathVariable long planId, @PathVariable int year) {
		return AnnualReportApiController.file(this.documents.docx(planId, year, locale()),
				AnnualReportApiController.DOCX, "assessment-" + year + ".docx");
	}

	private static String ranking(long planId, int year) {
		return "/plans/" + planId + "/assessment/" + year;
	}

	private static String breakdown(long planId, int year, long organisationId) {
		return ranking(planId, year) + "/organisations/" + organisationId;
	}

	private String act(RedirectAttributes flash, String done, Runnable action, String back) {
		try {
			action.run();
			flash.addFlashAttribute("done", this.messages.getMessage(done, null, locale()));
		}
		catch (Refusal refusal) {
			if (refusal.kind().errorPage()) {
				throw refusal;
			}
			flash.addFlashAttribute("problem", this.messages.getMessage(refusal, locale()));
		}
		return "redirect:" + back;
	}

	private AssessmentWording wording() {
		return new AssessmentWording(new Words(this.messages, locale()));
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

}
