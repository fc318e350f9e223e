package org.luoshi.security.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signs in a script that sends a personal access token: a hash and one indexed lookup of
 * a token neither revoked nor expired whose owner is enabled.
 */
@Component
public class TokenSignIn {

	private final ApiTokenStore tokens;

	private final Clock clock;

	TokenSignIn(ApiTokenStore tokens, Clock clock) {
		this.tokens = tokens;
		this.clock = clock;
	}

	/**
	 * The signed-in user the token stands for, or empty for a token that signs nobody in.
	 */
	@Transactional
	public Optional<SignedInUser> user(String token) {
		if (!TokenSecrets.wellFormed(token)) {
			return Optional.empty();
		}
		String hash = TokenSecrets.hash(token);
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		Optional<SignedInUser> user = this.tokens.userOf(hash, now)
			.map((record) -> new SignedInUser(record.actor(), null, true, record.passwordChangeRequired()));
		user.ifPresent((u) -> this.tokens.used(hash, now));
		return user;
	}

}
