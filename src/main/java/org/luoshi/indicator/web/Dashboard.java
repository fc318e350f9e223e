package org.luoshi.indicator.web;

import org.luoshi.indicator.AcrossLevels;

import java.util.List;
import java.util.Optional;

import org.luoshi.common.Refusal;
import org.luoshi.indicator.AllowedIndicatorSteps;
import org.luoshi.indicator.DecompositionRefusal;
import org.luoshi.indicator.Figure;
import org.luoshi.indicator.FigureForm;
import org.luoshi.indicator.IndicatorDetail;
import org.luoshi.indicator.IndicatorSummary;
import org.luoshi.indicator.Indicators;
import org.luoshi.indicator.RollUp;
import org.luoshi.indicator.RollUps;
import org.luoshi.plan.PlanRegister;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The indicator dashboard as every form on it renders it, shown again with a refusal next
 * to the form that caused it: the plan's binding indicators, and for the one selected its
 * chart, figures, targets and revisions, city breakdown and the forms the user may use.
 */
@Component
class Dashboard {

	static final String PAGE = "indicator/dashboard";

	private final Indicators indicators;

	private final RollUps rollUps;

	private final PlanRegister plans;

	private final MessageSource messages;

	private final AcrossLevels levels;

	Dashboard(Indicators indicators, RollUps rollUps, PlanRegister plans, MessageSource messages, AcrossLevels levels) {
		this.levels = levels;
		this.indicators = indicators;
		this.rollUps = rollUps;
		this.plans = plans;
		this.messages = messages;
	}

	String render(long planId, Long indicator, Model model) {
		List<IndicatorSummary> binding = this.indicators.ofPlan(planId)
			.stream()
			.filter(IndicatorSummary::binding)
			.toList();
		model.addAttribute("plan", this.plans.plan(planId));
		model.addAttribute("planId", planId);
		model.addAttribute("indicators", binding);
		model.addAttribute("illustrative", binding.stream().anyMatch(IndicatorSummary::illustrative));
		AllowedIndicatorSteps planSteps = this.indicators.allowedSteps(null);
		model.addAttribute("office", planSteps.importFigures());
		binding.stream()
			.filter((i) -> indicator == null || i.id() == indicator)
			.findFirst()
			.map((i) -> this.indicators.get(i.id()))
			.ifPresent((detail) -> select(detail, model));
		return PAGE;
	}

	/**
	 * A refusal shown next to its form with its status; what does not exist or is not the
	 * user's to do goes to the error page.
	 */
	String refusal(Refusal refused, jakarta.servlet.http.HttpServletResponse response) {
		if (refused.kind().errorPage()) {
			throw refused;
		}
		response.setStatus(refused.kind().status());
		return this.messages.getMessage(refused, LocaleContextHolder.getLocale());
	}

	/** A refusal's text, for a list of them (the rows of a file). */
	String words(org.springframework.context.MessageSourceResolvable refusal) {
		return this.messages.getMessage(refusal, LocaleContextHolder.getLocale());
	}

	String message(String code, Object... arguments) {
		return this.messages.getMessage(code, arguments, LocaleContextHolder.getLocale());
	}

	private void select(IndicatorDetail detail, Model model) {
		model.addAttribute("selected", detail);
		model.addAttribute("forms", FigureForm.values());
		AllowedIndicatorSteps steps = this.indicators.allowedSteps(detail.indicator().id());
		model.addAttribute("steps", steps);
		model.addAttribute("entersFigures", steps.enterFigures());
		model.addAttribute("completes", steps.complete());
		model.addAttribute("chart", TrendChart.of(detail));
		List<Figure> figures = detail.figures();
		model.addAttribute("figures", figures);
		model.addAttribute("assigned", this.levels.assigned(detail.indicator().id()).orElse(null));
		model.addAttribute("openRevision",
				detail.revisions().stream().filter((r) -> r.state().open()).findFirst().orElse(null));
		if (detail.indicator().toDecompose()) {
			figures.stream()
				.map(Figure::year)
				.max(Integer::compare)
				.flatMap((year) -> rollUp(detail.indicator().id(), year))
				.ifPresent((rollUp) -> model.addAttribute("rollUp", rollUp));
		}
	}

	private Optional<RollUp> rollUp(long indicatorId, int year) {
		try {
			return Optional.of(this.rollUps.of(indicatorId, year));
		}
		catch (DecompositionRefusal.NoIssuedDecomposition notYet) {
			return Optional.empty();
		}
	}

}
