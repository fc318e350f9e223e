package org.luoshi.indicator;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.context.MessageSourceResolvable;

/**
 * Why a decomposition cannot be created or cannot take a step; each reason is its own
 * subclass.
 */
public abstract class DecompositionRefusal extends IndicatorRefusal {

	protected DecompositionRefusal(Kind kind, String code, String message, Object... arguments) {
		super(kind, code, message, arguments);
	}

	/** No decomposition has this id. */
	public static class DecompositionNotFound extends DecompositionRefusal {

		public DecompositionNotFound(long id) {
			super(Kind.NOT_FOUND, "decomposition-not-found", "No decomposition has the id " + id, String.valueOf(id));
		}

	}

	/** Nothing to roll up: the indicator has no issued split yet. */
	public static class NoIssuedDecomposition extends DecompositionRefusal {

		public NoIssuedDecomposition(String indicator) {
			super(Kind.NOT_FOUND, "no-issued-decomposition", indicator + " has no issued decomposition", indicator);
		}

	}

	/** The notice does not ask for this indicator to be split among the cities. */
	public static class IndicatorNotForDecomposition extends DecompositionRefusal {

		public IndicatorNotForDecomposition(String indicator) {
			super(Kind.CONFLICT, "indicator-not-for-decomposition", indicator + " is not to be decomposed", indicator);
		}

	}

	/** The indicator has a split not yet issued; a second one would compete with it. */
	public static class DecompositionAlreadyOpen extends DecompositionRefusal {

		public DecompositionAlreadyOpen(String indicator, long openId) {
			super(Kind.CONFLICT, "decomposition-already-open",
					indicator + " has decomposition " + openId + " not yet issued", indicator, String.valueOf(openId));
		}

	}

	/** The indicator's region is unknown or has no city governments in the directory. */
	public static class NoCitiesToSplitAmong extends DecompositionRefusal {

		public NoCitiesToSplitAmong(String indicator) {
			super(Kind.CONFLICT, "no-cities", indicator + " applies to no region with cities", indicator);
		}

	}

	/** Only a draft or a returned split takes new city targets. */
	public static class DecompositionNotEditable extends DecompositionRefusal {

		public DecompositionNotEditable(DecompositionState state) {
			super(Kind.CONFLICT, "decomposition-not-editable", "A " + state.code() + " decomposition cannot change",
					state);
		}

	}

	public static class DecompositionNotSubmittable extends DecompositionRefusal {

		public DecompositionNotSubmittable(DecompositionState state) {
			super(Kind.CONFLICT, "decomposition-not-submittable",
					"A " + state.code() + " decomposition cannot be submitted", state);
		}

	}

	public static class DecompositionNotApprovable extends DecompositionRefusal {

		public DecompositionNotApprovable(DecompositionState state) {
			super(Kind.CONFLICT, "decomposition-not-approvable",
					"A " + state.code() + " decomposition cannot be approved", state);
		}

	}

	public static class DecompositionNotIssuable extends DecompositionRefusal {

		public DecompositionNotIssuable(DecompositionState state) {
			super(Kind.CONFLICT, "decomposition-not-issuable", "A " + state.code() + " decomposition cannot be issued",
					state);
		}

	}

	public static class DecompositionNotReturnable extends DecompositionRefusal {

		public DecompositionNotReturnable(DecompositionState state) {
			super(Kind.CONFLICT, "decomposition-not-returnable",
					"A " + state.code() + " decomposition cannot be returned", state);
		}

	}

	/** Somebody else moved the decomposition on while this step was being taken. */
	public static class DecompositionChangedMeanwhile extends DecompositionRefusal {

		public DecompositionChangedMeanwhile(long id) {
			super(Kind.CONFLICT, "decomposition-changed", "Decomposition " + id + " changed meanwhile",
					String.valueOf(id));
		}

	}

	/** Returning a split without saying why. */
	public static class ReturnReasonRequired extends DecompositionRefusal {

		public ReturnReasonRequired() {
			super(Kind.INVALID, "return-reason-required", "A returned decomposition needs a reason");
		}

	}

	/** A city target for an organisation that is not one of the split's cities. */
	public static class NotACityOfTheSplit extends DecompositionRefusal {

		public NotACityOfTheSplit(long organisationId) {
			super(Kind.INVALID, "not-a-city", "Organisation " + organisationId + " has no share in this decomposition",
					String.valueOf(organisationId));
		}

	}

	/** A submission while cities lack a target or, for a weighted check, a weight. */
	public static class CityTargetsMissing extends DecompositionRefusal {

		public CityTargetsMissing(List<String> targets, List<String> weights) {
			super(Kind.INVALID, targets.isEmpty() ? "city-weights-missing" : "city-targets-missing",
					"Cities without target " + targets + ", without weight " + weights,
					String.join("、", targets.isEmpty() ? weights : targets));
		}

	}

	/**
	 * A submission whose city targets fall short of the provincial target (or, for a cap,
	 * exceed it), with the shortfall.
	 */
	public static class ShortfallRefused extends DecompositionRefusal {

		private final DecompositionCheck check;

		public ShortfallRefused(DecompositionCheck check, String unit) {
			super(Kind.INVALID, (check.atMost() ? "excess-" : "shortfall-") + check.method().code(),
					"City targets come to " + check.combined() + " against " + check.provincialTarget() + ": "
							+ (check.atMost() ? "over" : "short") + " by " + check.shortfall() + " " + unit,
					plain(check.combined()), plain(check.provincialTarget()), plain(check.shortfall()),
					(unit != null) ? unit : "");
			this.check = check;
		}

		public DecompositionCheck check() {
			return this.check;
		}

		@Override
		public Map<String, Object> details(Function<MessageSourceResolvable, String> words) {
			return Map.of("check", this.check);
		}

	}

}
