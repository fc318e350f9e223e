package org.luoshi.organisation.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * One more name for an organisation; with {@code version}, only if nobody changed the
 * organisation since.
 */
record AliasForm(@NotBlank @Size(max = 200) String alias, Integer version) {
}
