package org.luoshi.security.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Makes personal access tokens and their hashes: {@code luoshi_} and 40 random letters
 * and digits (about 238 bits, so a hash lookup is as safe as a password check and far
 * cheaper), stored only as their SHA-256.
 */
public final class TokenSecrets {

	static final String PREFIX = "luoshi_";

	private static final char[] ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
		.toCharArray();

	private static final int LENGTH = 40;

	private static final SecureRandom random = new SecureRandom();

	private TokenSecrets() {
	}

	public static String generate() {
		StringBuilder token = new StringBuilder(PREFIX);
		for (int i = 0; i < LENGTH; i++) {
			token.append(ALPHABET[random.nextInt(ALPHABET.length)]);
		}
		return token.toString();
	}

	/** Whether the text looks like one of our tokens at all, before any lookup. */
	public static boolean wellFormed(String token) {
		return token != null && token.length() == PREFIX.length() + LENGTH && token.startsWith(PREFIX);
	}

	/** The token's first characters, shown to tell tokens apart. */
	public static String prefix(String token) {
		return token.substring(0, PREFIX.length() + 4);
	}

	public static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java has SHA-256", ex);
		}
	}

}
