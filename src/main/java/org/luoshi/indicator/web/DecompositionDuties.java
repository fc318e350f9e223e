package org.luoshi.indicator.web;

import java.util.List;

import org.luoshi.indicator.AnsweringOrganisation;
import org.luoshi.indicator.Decomposition;
import org.luoshi.indicator.DecompositionState;
import org.luoshi.indicator.IndicatorSummary;
import org.luoshi.security.Actor;
import org.luoshi.security.CurrentActor;
import org.luoshi.security.Role;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who takes which step of a split, decided on the server for the page and the API alike.
 * The notice has the responsible department propose the split and the provincial
 * government review and issue it: the reporters of the indicator's lead organisation
 * draft it, enter the city targets and submit; the planning office approves, returns and
 * issues. The office may also draft, as it enters figures, for a department that has no
 * user of its own. Everybody else reads.
 */
@Component
class DecompositionDuties {

	/** The steps the signed-in user may take now, for the page to show their forms. */
	record Allowed(boolean start, boolean save, boolean submit, boolean approve, boolean giveBack, boolean issue) {

		public boolean any() {
			return this.start || this.save || this.submit || this.approve || this.giveBack || this.issue;
		}

		/**
		 * Whether the page shows the form of that name, so that a refusal of a step
		 * posted without it is still said somewhere.
		 */
		public boolean shows(String form) {
			return switch (form) {
				case "start" -> this.start;
				case "shares" -> this.save;
				case "submit" -> this.submit;
				case "approve" -> this.approve;
				case "return" -> this.giveBack;
				case "issue" -> this.issue;
				default -> false;
			};
		}

	}

	private final CurrentActor actors;

	DecompositionDuties(CurrentActor actors) {
		this.actors = actors;
	}

	/**
	 * @param latest the indicator's newest split, null if none
	 * @param shown the split the page shows, null if none
	 */
	Allowed allowed(IndicatorSummary indicator, Decomposition latest, Decomposition shown) {
		boolean drafts = drafts(indicator);
		boolean reviews = reviews();
		DecompositionState state = (shown != null) ? shown.state() : null;
		boolean editable = state != null && state.editable();
		return new Allowed(drafts && indicator.toDecompose() && (latest == null || !latest.state().open()),
				drafts && editable, drafts && editable, reviews && state == DecompositionState.SUBMITTED,
				reviews && (state == DecompositionState.SUBMITTED || state == DecompositionState.APPROVED),
				reviews && state == DecompositionState.APPROVED);
	}

	/**
	 * @throws AccessDeniedException unless the signed-in user drafts this indicator's
	 * splits
	 */
	void requireDrafting(IndicatorSummary indicator) {
		if (!drafts(indicator)) {
			throw new AccessDeniedException(this.actors.name() + " does not draft splits of " + indicator.name());
		}
	}

	/**
	 * @throws AccessDeniedException unless the signed-in user is the planning office
	 */
	void requireReviewing() {
		if (!reviews()) {
			throw new AccessDeniedException(this.actors.name() + " does not review splits");
		}
	}

	private boolean drafts(IndicatorSummary indicator) {
		return this.actors.find()
			.map((actor) -> actor.isOffice()
					|| (actor.role() == Role.REPORTER && leads(indicator).stream().anyMatch(actor::actsFor)))
			.orElse(false);
	}

	private boolean reviews() {
		return this.actors.find().map(Actor::isOffice).orElse(false);
	}

	/**
	 * The organisations that lead the indicator; where the notice names no lead, every
	 * organisation that answers for it.
	 */
	static List<Long> leads(IndicatorSummary indicator) {
		List<AnsweringOrganisation> leading = indicator.organisations()
			.stream()
			.filter(AnsweringOrganisation::lead)
			.toList();
		return (leading.isEmpty() ? indicator.organisations() : leading).stream()
			.map(AnsweringOrganisation::id)
			.toList();
	}

}
