package org.luoshi.indicator.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.luoshi.indicator.FigureInput;

/**
 * A yearly figure entered through the API. The value may be sent as a JSON number or as
 * text; text that is not a number is refused naming the field.
 *
 * @param regionId the region; none for the indicator's own
 * @param year the year measured
 * @param value the figure
 * @param status preliminary, final or revised
 * @param source where the figure comes from
 * @param revisionReason why an existing figure changes (required for a revision)
 * @param form level (the default), yearly-rate (the year's change in percent, 降低3.5 →
 * 3.5) or cumulative-change (the change since the baseline year in percent); rates and
 * changes only for reduce- and increase-by-percent indicators
 */
record NewFigureForm(Long regionId, @NotNull @Min(1949) @Max(2100) Integer year, @NotBlank @Size(max = 40) String value,
		@Size(max = 16) String status, @Size(max = 500) String source, @Size(max = 1000) String revisionReason,
		@Size(max = 20) String form) {

	FigureInput entry() {
		return new FigureInput(this.regionId, this.year, this.value, this.status, this.source, this.revisionReason,
				this.form);
	}

}
