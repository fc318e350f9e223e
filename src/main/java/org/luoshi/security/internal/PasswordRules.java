package org.luoshi.security.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.luoshi.security.PasswordIsUsername;
import org.luoshi.security.PasswordTooCommon;
import org.luoshi.security.UnacceptablePassword;

/**
 * What a password must be, whoever sets it: at least twelve characters and at most what
 * bcrypt reads, not the user name, and none of the common passwords listed in
 * {@code security/common-passwords.txt}.
 */
final class PasswordRules {

	private static final Set<String> COMMON = load();

	private PasswordRules() {
	}

	/**
	 * @throws UnacceptablePassword too short or too long
	 * @throws PasswordIsUsername the user name, in any case
	 * @throws PasswordTooCommon on the list of common passwords
	 */
	static void check(String username, String password) {
		if (password == null || password.codePointCount(0, password.length()) < UnacceptablePassword.MIN_LENGTH
				|| password.getBytes(StandardCharsets.UTF_8).length > UnacceptablePassword.MAX_BYTES) {
			throw new UnacceptablePassword();
		}
		String lower = password.strip().toLowerCase(Locale.ROOT);
		if (username != null && lower.equals(username.strip().toLowerCase(Locale.ROOT))) {
			throw new PasswordIsUsername();
		}
		if (COMMON.contains(lower)) {
			throw new PasswordTooCommon();
		}
	}

	private static Set<String> load() {
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(
				PasswordRules.class.getResourceAsStream("/security/common-passwords.txt"), StandardCharsets.UTF_8))) {
			return reader.lines()
				.map(String::strip)
				.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
				.map((line) -> line.toLowerCase(Locale.ROOT))
				.collect(Collectors.toUnmodifiableSet());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
