package org.luoshi.indicator;

import java.math.BigDecimal;

import org.luoshi.common.Refusal;
import org.luoshi.security.Role;

/**
 * Why a request about indicators was refused: each reason is its own subclass, its text
 * under {@code indicator.problem.<code>} in the message files.
 */
public abstract class IndicatorRefusal extends Refusal {

	protected IndicatorRefusal(Kind kind, String code, String message, Object... arguments) {
		super(kind, "indicator", code, message, arguments);
	}

	/** A figure as people write it: 553, 0.93, no trailing zeros, no grouping. */
	static String plain(BigDecimal figure) {
		return (figure == null) ? "" : figure.stripTrailingZeros().toPlainString();
	}

	/** No indicator has this id. */
	public static class IndicatorNotFound extends IndicatorRefusal {

		public IndicatorNotFound(long id) {
			super(Kind.NOT_FOUND, "indicator-not-found", "No indicator has the id " + id, String.valueOf(id));
		}

	}

	/** The at-risk margin lies below the on-track one, or a margin is out of 0–100. */
	public static class ThresholdsOutOfOrder extends IndicatorRefusal {

		public ThresholdsOutOfOrder(double onTrack, double atRisk) {
			super(Kind.INVALID, "thresholds-out-of-order",
					"Thresholds must satisfy 0 <= on track (" + onTrack + ") <= at risk (" + atRisk + ") <= 100",
					String.valueOf(onTrack), String.valueOf(atRisk));
		}

	}

	/** A completion that puts the baseline year on or after the target year. */
	public static class BaselineNotBeforeTarget extends IndicatorRefusal {

		public BaselineNotBeforeTarget(int baselineYear, int targetYear) {
			super(Kind.INVALID, "baseline-not-before-target",
					"The baseline year " + baselineYear + " must come before the target year " + targetYear,
					String.valueOf(baselineYear), String.valueOf(targetYear));
		}

	}

	/** A completion naming a region the directory does not have. */
	public static class UnknownRegion extends IndicatorRefusal {

		public UnknownRegion(long regionId) {
			super(Kind.INVALID, "unknown-region", "No region has the id " + regionId, String.valueOf(regionId));
		}

	}

	/** A range whose upper bound lies below its lower bound. */
	public static class RangeUpsideDown extends IndicatorRefusal {

		public RangeUpsideDown(BigDecimal lower, BigDecimal upper) {
			super(Kind.INVALID, "range-upside-down",
					"The upper bound " + upper + " lies below the lower bound " + lower, plain(lower), plain(upper));
		}

	}

	/** A mid-term year outside the plan period. */
	public static class MidtermYearOutsidePeriod extends IndicatorRefusal {

		public MidtermYearOutsidePeriod(int year, int from, int to) {
			super(Kind.INVALID, "midterm-year-outside-period",
					"The mid-term year " + year + " lies outside the plan period " + from + "–" + to,
					String.valueOf(year), String.valueOf(from), String.valueOf(to));
		}

	}

	/**
	 * A step the user's role does not take: a reporter approving a split, a leader
	 * completing a baseline, the office approving its own revised target.
	 */
	public static class NotYourStep extends IndicatorRefusal {

		public NotYourStep(Role role, IndicatorStep step) {
			super(Kind.FORBIDDEN, "not-your-step", "A " + role.code() + " may not " + step.code(), role, step);
		}

	}

	/**
	 * A reporter acting on an indicator its organisation does not answer for (or, for a
	 * split, does not lead).
	 */
	public static class NotYourIndicator extends IndicatorRefusal {

		public NotYourIndicator(String indicator, IndicatorStep step) {
			super(Kind.FORBIDDEN, "not-your-indicator",
					"The user's organisation does not answer for " + indicator + " to " + step.code(), indicator, step);
		}

	}

	/**
	 * A reporter entering a figure for a region that is not its organisation's share: a
	 * city's figure is its government's, the indicator's own region's is the answering
	 * organisations'.
	 */
	public static class NotYourRegion extends IndicatorRefusal {

		public NotYourRegion(String indicator, String region) {
			super(Kind.FORBIDDEN, "not-your-region",
					"The user's organisation does not report " + indicator + " for " + region, indicator, region);
		}

	}

	/**
	 * A reporter entering a figure while the organisation's report for that year is not
	 * open: none was asked for, it was accepted or its due date passed.
	 */
	public static class ReportClosed extends IndicatorRefusal {

		public ReportClosed(String indicator, int year) {
			super(Kind.CONFLICT, "report-closed",
					"No open report of the user's organisation for " + year + " carries " + indicator, indicator,
					String.valueOf(year));
		}

	}

	/** A revision that names a version of the figure other than the current one. */
	public static class FigureChangedMeanwhile extends IndicatorRefusal {

		public FigureChangedMeanwhile(String indicator, int year, int current) {
			super(Kind.STALE, "figure-changed-meanwhile",
					"The figure of " + indicator + " for " + year + " is at version " + current, indicator,
					String.valueOf(year), String.valueOf(current));
		}

	}

}
