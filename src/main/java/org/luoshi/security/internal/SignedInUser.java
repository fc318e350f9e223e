package org.luoshi.security.internal;

import java.io.Serial;
import java.util.Collection;
import java.util.List;

import org.luoshi.security.Actor;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The principal of a signed-in user: the {@link Actor} other modules see, with the one
 * authority of its role. Kept in the session, which is stored in the database, so it is
 * serializable; the password hash is erased once the password was checked. It says
 * whether the user must first change a password somebody else set.
 */
public final class SignedInUser implements UserDetails, CredentialsContainer {

	@Serial
	private static final long serialVersionUID = 1L;

	private final Actor actor;

	private final boolean enabled;

	private final boolean passwordChangeRequired;

	private String passwordHash;

	public SignedInUser(Actor actor, String passwordHash, boolean enabled) {
		this(actor, passwordHash, enabled, false);
	}

	public SignedInUser(Actor actor, String passwordHash, boolean enabled, boolean passwordChangeRequired) {
		this.actor = actor;
		this.passwordHash = passwordHash;
		this.enabled = enabled;
		this.passwordChangeRequired = passwordChangeRequired;
	}

	public Actor actor() {
		return this.actor;
	}

	/**
	 * Whether the password is one somebody else set, which the user must change before
	 * doing anything else.
	 */
	public boolean passwordChangeRequired() {
		return this.passwordChangeRequired;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(this.actor.role().authority()));
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.actor.username();
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof SignedInUser user && user.getUsername().equals(getUsername());
	}

	@Override
	public int hashCode() {
		return getUsername().hashCode();
	}

	@Override
	public String toString() {
		return "SignedInUser[" + getUsername() + ", " + this.actor.role().code() + "]";
	}

}
