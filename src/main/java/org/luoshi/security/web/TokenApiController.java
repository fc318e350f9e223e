package org.luoshi.security.web;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.luoshi.security.ApiTokenView;
import org.luoshi.security.ApiTokens;
import org.luoshi.security.NewApiToken;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed-in user's personal access tokens: list, create (the token is in the answer,
 * once) and revoke.
 */
@RestController
@RequestMapping("/api/tokens")
@Tag(name = "tokens",
		description = "Personal access tokens: send one as Authorization: Bearer … instead of HTTP Basic (a hash lookup, not a bcrypt)")
class TokenApiController {

	private final ApiTokens tokens;

	TokenApiController(ApiTokens tokens) {
		this.tokens = tokens;
	}

	@GetMapping
	@Operation(summary = "Your tokens, the newest first; never the tokens themselves")
	List<ApiTokenView> mine() {
		return this.tokens.mine();
	}

	@PostMapping
	@Operation(summary = "Create a token; it is in this answer and nowhere else, copy it now")
	ResponseEntity<NewApiToken> create(@RequestBody TokenForm form) {
		NewApiToken created = this.tokens.create(form.name(), form.days());
		return ResponseEntity.created(URI.create("/api/tokens/" + created.view().id())).body(created);
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Revoke one of your tokens; it signs nobody in from now on")
	ApiTokenView revoke(@PathVariable long id) {
		return this.tokens.revoke(id);
	}

	/**
	 * A new token: what it is for, and how many days it holds (default 90, at most 366).
	 */
	record TokenForm(String name, Integer days) {
	}

}
