package org.luoshi.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * The link of the audit chain: an entry's hash is the SHA-256 of the previous entry's
 * hash and the entry's canonical content — the instant to the microsecond (what both
 * databases keep) and each text with its length before it, so that no two different
 * entries read the same. The first entry follows {@link #GENESIS}.
 */
public final class AuditHash {

	/** What the first entry of the log follows. */
	public static final String GENESIS = "0".repeat(64);

	private AuditHash() {
	}

	/** The moment as the log keeps it: to the microsecond. */
	public static OffsetDateTime kept(OffsetDateTime at) {
		return at.truncatedTo(ChronoUnit.MICROS);
	}

	public static String of(String previous, OffsetDateTime at, String actor, String action, String subject,
			String summary) {
		Instant instant = at.toInstant();
		long micros = Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1000);
		StringBuilder canonical = new StringBuilder(previous).append('\n').append(micros).append('\n');
		for (String text : new String[] { actor, action, subject, summary }) {
			String value = (text != null) ? text : "";
			canonical.append(value.length()).append(':').append(value).append('\n');
		}
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(sha.digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
