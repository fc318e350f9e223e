package org.luoshi.organisation.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A rename in an institutional reform: the new name and the day the successor starts;
 * with {@code version}, only if nobody changed the organisation since.
 */
record RenameForm(@NotBlank @Size(max = 200) String name, @NotNull LocalDate effective, Integer version) {
}
