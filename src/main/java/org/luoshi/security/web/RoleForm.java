package org.luoshi.security.web;

import jakarta.validation.constraints.NotNull;
import org.luoshi.security.Role;

/** Another role for a user and, for a reporter or approver, the organisation. */
record RoleForm(@NotNull Role role, Long organisationId) {
}
