package org.luoshi.indicator.web;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.luoshi.indicator.ShareEntry;

/**
 * City targets and weights for a draft split.
 *
 * @param shares one entry per city changed
 */
record SharesForm(@NotEmpty List<@Valid Share> shares) {

	List<ShareEntry> entries() {
		return this.shares.stream().map((s) -> new ShareEntry(s.organisationId(), s.target(), s.weight())).toList();
	}

	/**
	 * @param organisationId the city government
	 * @param target its target (万公顷, or the reduction in %)
	 * @param weight its weight for a weighted check (GDP, energy use)
	 */
	record Share(@NotNull Long organisationId, @PositiveOrZero BigDecimal target, @PositiveOrZero BigDecimal weight) {
	}

}
