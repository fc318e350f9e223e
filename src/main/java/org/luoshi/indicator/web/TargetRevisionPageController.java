package org.luoshi.indicator.web;

import jakarta.servlet.http.HttpServletResponse;
import org.luoshi.common.Refusal;
import org.luoshi.indicator.Indicators;
import org.luoshi.indicator.TargetRevision;
import org.luoshi.indicator.TargetRevisions;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The forms of the dashboard that revise a target: the office proposes one with its
 * reason and first year, a leader approves or returns it. A refusal (no reason, a year
 * outside the plan, a proposal already awaiting a decision) is shown next to the form
 * (422, 409); a step that is not the user's is forbidden (403).
 */
@Controller
class TargetRevisionPageController {

	private final TargetRevisions revisions;

	private final Indicators indicators;

	private final Dashboard dashboard;

	TargetRevisionPageController(TargetRevisions revisions, Indicators indicators, Dashboard dashboard) {
		this.revisions = revisions;
		this.indicators = indicators;
		this.dashboard = dashboard;
	}

	@PostMapping("/plans/{planId}/indicators/{id}/target-revisions")
	String propose(@PathVariable long planId, @PathVariable long id, TargetProposalForm form, Model model,
			HttpServletResponse response) {
		try {
			this.revisions.propose(id, form.proposal());
			return "redirect:/plans/" + planId + "/indicators?indicator=" + id + "#targets";
		}
		catch (Refusal refused) {
			model.addAttribute("revisionError", this.dashboard.refusal(refused, response));
			model.addAttribute("proposalForm", form);
			return this.dashboard.render(planId, id, model);
		}
	}

	@PostMapping("/target-revisions/{id}/approve")
	String approve(@PathVariable long id, @RequestParam int version, Model model, HttpServletResponse response) {
		return decide(this.revisions.get(id), model, response, () -> this.revisions.approve(id, version));
	}

	@PostMapping("/target-revisions/{id}/return")
	String giveBack(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String reason,
			Model model, HttpServletResponse response) {
		model.addAttribute("enteredReturnReason", reason);
		return decide(this.revisions.get(id), model, response, () -> this.revisions.giveBack(id, version, reason));
	}

	private String decide(TargetRevision revision, Model model, HttpServletResponse response, Runnable decision) {
		long planId = this.indicators.get(revision.indicatorId()).indicator().planId();
		try {
			decision.run();
			return "redirect:/plans/" + planId + "/indicators?indicator=" + revision.indicatorId() + "#targets";
		}
		catch (Refusal refused) {
			model.addAttribute("decisionError", this.dashboard.refusal(refused, response));
		}
		catch (OptimisticLockingFailureException stale) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("decisionError", this.dashboard.message("problem.detail.409"));
		}
		return this.dashboard.render(planId, revision.indicatorId(), model);
	}

}
