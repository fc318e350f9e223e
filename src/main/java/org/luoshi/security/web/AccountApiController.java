package org.luoshi.security.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.luoshi.security.Passwords;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed-in user's own account over HTTP: changing one's password, which a user whose
 * password somebody else set must do before the API answers anything else.
 */
@RestController
@Tag(name = "Account", description = "Your own account")
class AccountApiController {

	private final Passwords passwords;

	AccountApiController(Passwords passwords) {
		this.passwords = passwords;
	}

	@PostMapping(PasswordChangeGate.API)
	@Operation(summary = "Change your own password, giving the current one; ends your other sessions")
	ResponseEntity<Void> changePassword(@RequestBody OwnPasswordForm form) {
		this.passwords.changeOwn(form.currentPassword(), form.newPassword());
		return ResponseEntity.noContent().build();
	}

	/** The current password and the new one. */
	record OwnPasswordForm(String currentPassword, String newPassword) {

		@Override
		public String toString() {
			return "OwnPasswordForm[…]";
		}

	}

}
