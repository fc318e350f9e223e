package org.luoshi.indicator.web;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import org.luoshi.indicator.StatusThresholds;

/**
 * A plan's status thresholds in percentage points behind the elapsed share.
 *
 * @param onTrackPoints on track while progress lags by at most this (default 5)
 * @param atRiskPoints at risk while it lags by at most this (default 15)
 */
record ThresholdsForm(@NotNull @DecimalMin("0") @DecimalMax("100") Double onTrackPoints,
		@NotNull @DecimalMin("0") @DecimalMax("100") Double atRiskPoints) {

	StatusThresholds thresholds() {
		return new StatusThresholds(this.onTrackPoints, this.atRiskPoints);
	}

}
