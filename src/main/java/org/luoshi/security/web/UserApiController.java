package org.luoshi.security.web;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.luoshi.security.UserChange;
import org.luoshi.security.UserPage;
import org.luoshi.security.UserView;
import org.luoshi.security.Users;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The user administration over HTTP, for the planning office only: listing users,
 * entering them, changing their role and organisation, resetting a password, disabling
 * and enabling. No answer ever holds a password or its hash.
 */
@RestController
@RequestMapping("/api/users")
@Tag(name = "Users", description = "Who may sign in, in which role, acting for which organisation")
class UserApiController {

	private final Users users;

	UserApiController(Users users) {
		this.users = users;
	}

	@GetMapping
	@Operation(summary = "List users page by page, by user name",
			description = "q matches any part of the user name or the name, in any case.")
	UserPage list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(Users.MOST_ON_A_PAGE) int size) {
		return this.users.page(q, page, size);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One user")
	UserView get(@PathVariable long id) {
		return this.users.get(id);
	}

	@PostMapping
	@Operation(summary = "Enter a user",
			description = "role is office, reporter, approver or leader; a reporter or approver names the organisation it acts for.")
	ResponseEntity<UserView> create(@Valid @RequestBody UserForm form) {
		UserView created = this.users.create(form.command());
		return ResponseEntity.created(URI.create("/api/users/" + created.id())).body(created);
	}

	@PostMapping("/{id}/role")
	@Operation(summary = "Give a user another role or organisation; signs the user out everywhere")
	UserView changeRole(@PathVariable long id, @Valid @RequestBody RoleForm form) {
		return this.users.changeRole(id, form.role(), form.organisationId());
	}

	@PostMapping("/{id}/password")
	@Operation(summary = "Set a new password; signs the user out everywhere")
	ResponseEntity<Void> resetPassword(@PathVariable long id, @Valid @RequestBody PasswordForm form) {
		this.users.resetPassword(id, form.password());
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{id}/disable")
	@Operation(summary = "Stop a user from signing in; signs the user out everywhere")
	UserView disable(@PathVariable long id) {
		return this.users.disable(id);
	}

	@PostMapping("/{id}/enable")
	@Operation(summary = "Let a disabled user sign in again")
	UserView enable(@PathVariable long id) {
		return this.users.enable(id);
	}

	@GetMapping("/{id}/history")
	@Operation(summary = "Every change to a user, oldest first")
	List<UserChange> history(@PathVariable long id) {
		return this.users.history(id);
	}

}
