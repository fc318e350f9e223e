package org.luoshi.organisation.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A rename entered on an organisation's page: the new name, the day the successor starts
 * acting, and the version the office saw.
 */
public record RenameEntryForm(@NotBlank @Size(max = 200) String name,
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effective, Integer version) {
}
