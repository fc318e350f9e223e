package org.luoshi.indicator.web;

import org.luoshi.indicator.AcrossLevels;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;
import org.luoshi.common.Refusal;
import org.luoshi.indicator.AllowedSplitSteps;
import org.luoshi.indicator.AnsweringOrganisation;
import org.luoshi.indicator.Decomposition;
import org.luoshi.indicator.DecompositionCheck;
import org.luoshi.indicator.DecompositionRefusal;
import org.luoshi.indicator.Decompositions;
import org.luoshi.indicator.IndicatorRefusal;
import org.luoshi.indicator.IndicatorSummary;
import org.luoshi.indicator.Indicators;
import org.luoshi.indicator.ShareEntry;
import org.luoshi.plan.PlanRegister;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The decomposition page (指标分解) of one indicator: the provincial target, the newest split
 * with a row per city, its check against the target and its steps; and, for whoever may
 * take them ({@link Decompositions#allowedSteps}), the forms to draft, enter city
 * targets, submit, approve, return and issue. Every form names the version it saw: a
 * split somebody changed meanwhile is answered in the page (409) and nothing is
 * overwritten; a step the service refuses is explained next to its form (409, 422); a
 * step that is not the user's is forbidden (403).
 */
@Controller
class DecompositionPageController {

	private static final String PAGE = "indicator/decomposition";

	private final Decompositions decompositions;

	private final Indicators indicators;

	private final PlanRegister plans;

	private final MessageSource messages;

	private final CheckWords checkWords;

	private final AcrossLevels levels;

	DecompositionPageController(Decompositions decompositions, Indicators indicators, PlanRegister plans,
			MessageSource messages, AcrossLevels levels) {
		this.levels = levels;
		this.decompositions = decompositions;
		this.indicators = indicators;
		this.plans = plans;
		this.messages = messages;
		this.checkWords = new CheckWords(messages);
	}

	/** The newest split, or with {@code split} an earlier one. */
	@GetMapping("/plans/{planId}/indicators/{indicatorId}/decomposition")
	String page(@PathVariable long planId, @PathVariable long indicatorId, @RequestParam(required = false) Long split,
			Model model) {
		return page(indicator(planId, indicatorId), split, null, model);
	}

	@PostMapping("/plans/{planId}/indicators/{indicatorId}/decomposition")
	String start(@PathVariable long planId, @PathVariable long indicatorId, RedirectAttributes flash,
			HttpServletResponse response, Model model) {
		IndicatorSummary indicator = indicator(planId, indicatorId);
		return act(indicator, null, "start", null, () -> this.decompositions.create(indicatorId), flash, response,
				model);
	}

	@PostMapping("/decompositions/{id}/shares")
	String saveShares(@PathVariable long id, @RequestParam int version, @RequestParam Map<String, String> fields,
			RedirectAttributes flash, HttpServletResponse response, Model model) {
		Decomposition split = this.decompositions.get(id);
		IndicatorSummary indicator = indicatorOf(split);
		CityTargetsForm form = new CityTargetsForm(fields, split);
		return act(indicator, split, "shares", form,
				() -> this.decompositions.updateShares(id, version, form.entries()), flash, response, model);
	}

	/**
	 * Saves what the form holds, if anything, then submits: whoever presses 报送 means the
	 * figures on the screen. A submission refused for a shortfall leaves the draft saved.
	 */
	@PostMapping("/decompositions/{id}/submit")
	String submit(@PathVariable long id, @RequestParam int version, @RequestParam Map<String, String> fields,
			RedirectAttributes flash, HttpServletResponse response, Model model) {
		Decomposition split = this.decompositions.get(id);
		IndicatorSummary indicator = indicatorOf(split);
		CityTargetsForm form = new CityTargetsForm(fields, split);
		return act(indicator, split, "submit", form, () -> {
			List<ShareEntry> entries = form.entries();
			int saved = entries.isEmpty() ? version : this.decompositions.updateShares(id, version, entries).version();
			return this.decompositions.submit(id, saved);
		}, flash, response, model);
	}

	@PostMapping("/decompositions/{id}/approve")
	String approve(@PathVariable long id, @RequestParam int version, RedirectAttributes flash,
			HttpServletResponse response, Model model) {
		Decomposition split = this.decompositions.get(id);
		return act(indicatorOf(split), split, "approve", null, () -> this.decompositions.approve(id, version), flash,
				response, model);
	}

	@PostMapping("/decompositions/{id}/return")
	String giveBack(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String reason,
			RedirectAttributes flash, HttpServletResponse response, Model model) {
		Decomposition split = this.decompositions.get(id);
		model.addAttribute("enteredReason", reason);
		return act(indicatorOf(split), split, "return", null, () -> this.decompositions.giveBack(id, version, reason),
				flash, response, model);
	}

	@PostMapping("/decompositions/{id}/issue")
	String issue(@PathVariable long id, @RequestParam int version, RedirectAttributes flash,
			HttpServletResponse response, Model model) {
		Decomposition split = this.decompositions.get(id);
		return act(indicatorOf(split), split, "issue", null, () -> this.decompositions.issue(id, version), flash,
				response, model);
	}

	/**
	 * The check of the city targets as typed, nothing stored: htmx asks for it while the
	 * lead department types, so that the sum or the shortfall shows before saving.
	 */
	@PostMapping("/decompositions/{id}/check")
	String check(@PathVariable long id, @RequestParam Map<String, String> fields, Model model) {
		Decomposition split = this.decompositions.get(id);
		CityTargetsForm form = new CityTargetsForm(fields, split);
		try {
			List<ShareEntry> entries = form.entries();
			describe(this.decompositions.check(id, entries), split.unit(), model);
		}
		catch (CityTargetsForm.Unreadable unreadable) {
			describe(this.decompositions.check(id, List.of()), split.unit(), model);
			model.addAttribute("checkRefusal", text(unreadable));
		}
		model.addAttribute("preview", true);
		return PAGE + " :: check";
	}

	private String act(IndicatorSummary indicator, Decomposition split, String form, CityTargetsForm typed,
			Supplier<Decomposition> step, RedirectAttributes flash, HttpServletResponse response, Model model) {
		CityTargetsForm shown = typed;
		try {
			step.get();
			flash.addFlashAttribute("done", message("decomposition.done." + form));
			return "redirect:" + address(indicator);
		}
		catch (CityTargetsForm.Unreadable unreadable) {
			response.setStatus(422);
			model.addAttribute("refusal", text(unreadable));
		}
		catch (OptimisticLockingFailureException stale) {
			// the page shows what is stored now, not the figures that would overwrite it
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("conflict", true);
			shown = null;
		}
		catch (Refusal refused) {
			if (refused.kind().errorPage()) {
				throw refused;
			}
			response.setStatus(refused.kind().status());
			model.addAttribute("refusal", this.messages.getMessage(refused, LocaleContextHolder.getLocale()));
		}
		model.addAttribute("failedForm", form);
		return page(indicator, (split != null) ? split.id() : null, shown, model);
	}

	private String page(IndicatorSummary indicator, Long splitId, CityTargetsForm typed, Model model) {
		List<Decomposition> splits = this.decompositions.ofIndicator(indicator.id());
		Decomposition latest = splits.isEmpty() ? null : splits.get(splits.size() - 1);
		Decomposition shown = (splitId == null) ? latest
				: splits.stream()
					.filter((d) -> d.id() == splitId)
					.findFirst()
					.orElseThrow(() -> new DecompositionRefusal.DecompositionNotFound(splitId));
		model.addAttribute("plan", this.plans.plan(indicator.planId()));
		model.addAttribute("planId", indicator.planId());
		model.addAttribute("indicator", indicator);
		model.addAttribute("target", CheckWords.plain(indicator.target()));
		model.addAttribute("leads", indicator.leads().stream().map(AnsweringOrganisation::name).toList());
		model.addAttribute("split", shown);
		List<Decomposition> others = new ArrayList<>(splits);
		others.remove(shown);
		Collections.reverse(others);
		model.addAttribute("others", others);
		AllowedSplitSteps allowed = this.decompositions.allowedSteps(indicator.id(),
				(shown != null) ? shown.id() : null);
		model.addAttribute("allowed", allowed);
		model.addAttribute("citiesOwn", this.levels.citiesOwn(indicator.id()));
		model.addAttribute("failedFormShown", shows(allowed, (String) model.getAttribute("failedForm")));
		if (shown != null) {
			model.addAttribute("rows", CityRow.of(shown, typed));
			describe(shown.check(), shown.unit(), model);
		}
		return PAGE;
	}

	/**
	 * Whether the page shows the form of that name, so that a refusal of a step posted
	 * without it is still said somewhere.
	 */
	private static boolean shows(AllowedSplitSteps allowed, String form) {
		if (form == null) {
			return false;
		}
		return switch (form) {
			case "start" -> allowed.start();
			case "shares" -> allowed.save();
			case "submit" -> allowed.submit();
			case "approve" -> allowed.approve();
			case "return" -> allowed.giveBack();
			case "issue" -> allowed.issue();
			default -> false;
		};
	}

	private void describe(DecompositionCheck check, String unit, Model model) {
		model.addAttribute("check", check);
		model.addAttribute("checkOutcome", this.checkWords.outcome(check, unit));
		model.addAttribute("checkMissing", this.checkWords.missing(check));
	}

	private IndicatorSummary indicator(long planId, long indicatorId) {
		this.plans.plan(planId);
		IndicatorSummary indicator = this.indicators.get(indicatorId).indicator();
		if (indicator.planId() != planId) {
			throw new IndicatorRefusal.IndicatorNotFound(indicatorId);
		}
		return indicator;
	}

	private IndicatorSummary indicatorOf(Decomposition split) {
		return this.indicators.get(split.indicatorId()).indicator();
	}

	private static String address(IndicatorSummary indicator) {
		return "/plans/" + indicator.planId() + "/indicators/" + indicator.id() + "/decomposition";
	}

	private String text(CityTargetsForm.Unreadable unreadable) {
		return message("decomposition.entry." + unreadable.code(), unreadable.city(),
				message("decomposition.field." + unreadable.field()), unreadable.typed());
	}

	private String message(String code, Object... arguments) {
		return this.messages.getMessage(code, arguments, LocaleContextHolder.getLocale());
	}

}
