package org.luoshi.notice;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/** The seed notice and helpers to parse text written in the tests. */
public final class NoticeFixtures {

	public static final String SEED = "/demo/jilin-12th-fyp-division-notice.txt";

	public static final String GOLDEN = "/fixtures/jilin-12th-fyp-division.golden.json";

	private NoticeFixtures() {
	}

	public static byte[] seedBytes() {
		return resource(SEED);
	}

	public static String seedText() {
		return new String(seedBytes(), StandardCharsets.UTF_8);
	}

	/**
	 * The seed as the importer reads it from the file: bytes through the reader, then the
	 * parser.
	 */
	public static NoticeDraft parseSeed() {
		try {
			return NoticeParser.parse(NoticeReader.read(seedBytes(), "jilin-12th-fyp-division-notice.txt"));
		}
		catch (NoticeFormatException ex) {
			throw new AssertionError("the seed should parse: " + ex.getMessage(), ex);
		}
	}

	/**
	 * Parses text written in a test; a notice the tests expect to read must not raise the
	 * importer's error.
	 */
	public static NoticeDraft parse(String text) {
		try {
			return NoticeParser.parse(NoticeText.of(text));
		}
		catch (NoticeFormatException ex) {
			throw new AssertionError("the notice should parse: " + ex.getMessage(), ex);
		}
	}

	/**
	 * Warnings about lines of the text, without the one about a plan period that test
	 * snippets leave out.
	 */
	public static java.util.List<ParseWarning> lineWarnings(NoticeDraft draft) {
		return draft.warnings().stream().filter(w -> !ParseWarning.NO_PLAN_PERIOD.equals(w.code())).toList();
	}

	public static byte[] resource(String name) {
		try (InputStream in = NoticeFixtures.class.getResourceAsStream(name)) {
			if (in == null) {
				throw new IllegalStateException("missing test resource " + name);
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The fixture's compared form: NFKC, no white space, no private-use characters. */
	public static String compared(String text) {
		if (text == null) {
			return null;
		}
		String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
		StringBuilder out = new StringBuilder(nfkc.length());
		nfkc.codePoints()
			.filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp)
					&& Character.getType(cp) != Character.PRIVATE_USE)
			.forEach(out::appendCodePoint);
		return out.toString();
	}

}
