package org.luoshi.security.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new password set by the planning office. */
record PasswordForm(@NotBlank @Size(min = 12, max = 72) String password) {

	@Override
	public String toString() {
		return "PasswordForm[…]";
	}

}
