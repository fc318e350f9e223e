package org.luoshi.common;

/**
 * A SQL {@code LIKE} pattern for text that contains the words, the words taken literally:
 * their {@code %} and {@code _} are escaped with {@code !}, so the query says
 * {@code like :pattern escape '!'}.
 */
public final class LikePattern {

	private LikePattern() {
	}

	public static String containing(String words) {
		return "%" + words.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
	}

}
