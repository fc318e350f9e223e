package org.luoshi.indicator.web;

import java.math.BigDecimal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.luoshi.indicator.TargetProposal;

/**
 * A revised target proposed by the planning office.
 *
 * @param target the new target (a percentage for reduce- and increase-by-percent)
 * @param targetUpper the new upper bound of a range
 * @param fromYear the first year to be judged against it
 * @param reason why the target changes; required
 */
record TargetProposalForm(BigDecimal target, BigDecimal targetUpper, @Min(1949) @Max(2100) Integer fromYear,
		@Size(max = 1000) String reason) {

	TargetProposal proposal() {
		return new TargetProposal(this.target, this.targetUpper, this.fromYear, this.reason);
	}

}
