package org.luoshi.organisation.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

/**
 * A merger: the organisations that stop acting on {@code effective} and either the id of
 * the organisation they merge into or a new organisation to enter as their successor.
 */
record MergeForm(@NotEmpty List<@NotNull Long> predecessorIds, Long successorId, @Valid OrganisationForm newSuccessor,
		@NotNull LocalDate effective) {

	@AssertTrue(message = "{organisation.merge.one-successor}")
	boolean isOneSuccessor() {
		return (this.successorId == null) != (this.newSuccessor == null);
	}

}
