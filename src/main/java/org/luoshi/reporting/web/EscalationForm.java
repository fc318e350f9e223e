package org.luoshi.reporting.web;

import jakarta.validation.constraints.NotNull;

/** The organisation the office presses to report, and what it says. */
record EscalationForm(@NotNull Long organisationId, String message) {
}
