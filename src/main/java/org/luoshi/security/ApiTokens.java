package org.luoshi.security;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import org.luoshi.security.internal.ApiTokenStore;
import org.luoshi.security.internal.TokenSecrets;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal access tokens: every signed-in user creates tokens for their scripts, sees
 * them, and revokes them — their own only. A token is shown once, when created, and kept
 * only as its SHA-256; it holds until it expires or is revoked.
 */
@Service
@Transactional(readOnly = true)
public class ApiTokens {

	/** How long a token holds unless its owner says otherwise. */
	public static final int DEFAULT_DAYS = 90;

	private final ApiTokenStore tokens;

	private final CurrentActor actors;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ApiTokens(ApiTokenStore tokens, CurrentActor actors, ApplicationEventPublisher events, Clock clock) {
		this.tokens = tokens;
		this.actors = actors;
		this.events = events;
		this.clock = clock;
	}

	/** The signed-in user's tokens, the newest first. */
	public List<ApiTokenView> mine() {
		return this.tokens.ofUser(this.actors.current().userId());
	}

	/**
	 * Creates a token for the signed-in user, holding {@code days} days (null: 90).
	 * @throws ApiTokenRefused.NameRequired without a name
	 * @throws ApiTokenRefused.LifetimeInvalid for days out of 1–366
	 */
	@Transactional
	public NewApiToken create(String name, Integer days) {
		Actor owner = this.actors.current();
		if (name == null || name.isBlank()) {
			throw new ApiTokenRefused.NameRequired();
		}
		int lifetime = (days != null) ? days : DEFAULT_DAYS;
		if (lifetime < 1 || lifetime > ApiTokenRefused.MAX_DAYS) {
			throw new ApiTokenRefused.LifetimeInvalid(days);
		}
		String token = TokenSecrets.generate();
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		long id = this.tokens.insert(owner.userId(), name.strip(), TokenSecrets.hash(token), TokenSecrets.prefix(token),
				now, now.plusDays(lifetime));
		this.events.publishEvent(new ApiTokenChanged(id, owner.username(), name.strip(), true, owner.username()));
		return new NewApiToken(this.tokens.find(owner.userId(), id).orElseThrow(), token);
	}

	/**
	 * Revokes one of the signed-in user's tokens; it signs nobody in from now on.
	 * @throws ApiTokenRefused.TokenNotFound for a token that is not theirs
	 */
	@Transactional
	public ApiTokenView revoke(long id) {
		Actor owner = this.actors.current();
		ApiTokenView token = this.tokens.find(owner.userId(), id)
			.orElseThrow(() -> new ApiTokenRefused.TokenNotFound(id));
		if (this.tokens.revoke(owner.userId(), id, owner.username(), OffsetDateTime.now(this.clock))) {
			this.events.publishEvent(new ApiTokenChanged(id, owner.username(), token.name(), false, owner.username()));
		}
		return this.tokens.find(owner.userId(), id).orElseThrow();
	}

}
