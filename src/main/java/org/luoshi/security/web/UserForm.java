package org.luoshi.security.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.luoshi.security.NewUser;
import org.luoshi.security.Role;

/** A new user as the planning office enters it, on the page or through the API. */
record UserForm(@NotBlank @Size(max = 64) String username, @Size(max = 100) String displayName,
		@NotBlank @Size(min = 12, max = 72) String password, @NotNull Role role, Long organisationId) {

	static UserForm empty() {
		return new UserForm(null, null, null, null, null);
	}

	NewUser command() {
		return new NewUser(this.username, this.displayName, this.password, this.role, this.organisationId);
	}

	@Override
	public String toString() {
		return "UserForm[username=" + this.username + ", role=" + this.role + "]";
	}

}
