package org.luoshi.security.internal;

import java.util.Locale;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Finds the user signing in, by the sign-in page or by HTTP Basic; the user name is
 * compared in lower case, as it is stored.
 */
@Service
class AccountDetailsService implements UserDetailsService {

	private final UserStore users;

	AccountDetailsService(UserStore users) {
		this.users = users;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return this.users.findByUsername(username.strip().toLowerCase(Locale.ROOT))
			.map((user) -> new SignedInUser(user.actor(), user.passwordHash(), user.enabled(),
					user.passwordChangeRequired()))
			.orElseThrow(() -> new UsernameNotFoundException("No such user"));
	}

}
