package org.luoshi.indicator;

/**
 * How far, in percentage points, progress may lag the elapsed share of the period: an
 * indicator is on track while the lag is at most {@code onTrackPoints}, at risk while it
 * is at most {@code atRiskPoints}, off track beyond. Each plan may set its own.
 *
 * @param onTrackPoints the on-track margin (default 5)
 * @param atRiskPoints the at-risk margin, not below the on-track one (default 15)
 */
public record StatusThresholds(double onTrackPoints, double atRiskPoints) {

	public static final StatusThresholds DEFAULTS = new StatusThresholds(5, 15);

	private static final double TOLERANCE = 1e-9;

	public StatusThresholds {
		if (!(onTrackPoints >= 0 && atRiskPoints >= onTrackPoints && atRiskPoints <= 100)) {
			throw new IndicatorRefusal.ThresholdsOutOfOrder(onTrackPoints, atRiskPoints);
		}
	}

	/** The status of a path indicator whose progress lags the elapsed share by this. */
	IndicatorStatus statusFor(double gapPoints) {
		// a lag of exactly the margin is within it, whatever the last binary digit says
		double gap = gapPoints + TOLERANCE;
		if (gap >= -this.onTrackPoints) {
			return IndicatorStatus.ON_TRACK;
		}
		return (gap >= -this.atRiskPoints) ? IndicatorStatus.AT_RISK : IndicatorStatus.OFF_TRACK;
	}

}
