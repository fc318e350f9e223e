package org.luoshi.organisation.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A merger entered on an organisation's page: the organisations that stop acting, and
 * either one already in the directory that takes over or the name of a new one.
 */
public record MergeEntryForm(@NotEmpty List<Long> predecessorIds, Long successorId,
		@Size(max = 200) String newSuccessorName,
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effective) {

	@AssertTrue(message = "{organisation.merge.one-successor.page}")
	public boolean isOneSuccessor() {
		return (this.successorId != null) != hasNewName();
	}

	boolean hasNewName() {
		return this.newSuccessorName != null && !this.newSuccessorName.isBlank();
	}

}
