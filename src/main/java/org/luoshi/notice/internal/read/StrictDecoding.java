package org.luoshi.notice.internal.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * Decodes bytes with a charset that reports malformed and unmappable input instead of
 * replacing it with U+FFFD, and says at which byte decoding failed; a notice must never
 * lose a character silently.
 */
final class StrictDecoding {

	private StrictDecoding() {
	}

	/**
	 * The outcome: the text, or the offset of the first byte that does not decode.
	 *
	 * @param text the decoded text, null on failure
	 * @param errorOffset offset in the whole array of the first undecodable byte, or -1
	 */
	record Result(String text, long errorOffset) {

		boolean ok() {
			return text != null;
		}

	}

	/**
	 * Decode {@code bytes[from..]}; linear in the input.
	 * @param bytes the file's content
	 * @param from where the text starts (after a byte order mark)
	 * @param charset the charset
	 * @return the text, or the error offset counted from the start of {@code bytes}
	 */
	static Result decode(byte[] bytes, int from, Charset charset) {
		CharsetDecoder decoder = charset.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
		CharBuffer out = CharBuffer.allocate(bytes.length - from + 16);
		CoderResult result = decoder.decode(in, out, true);
		if (result.isUnderflow()) {
			result = decoder.flush(out);
		}
		if (result.isError()) {
			return new Result(null, in.position());
		}
		if (!result.isUnderflow()) {
			// one char per byte at most for the charsets used here; anything else is a
			// bug
			throw new IllegalStateException(charset + " produced more characters than bytes");
		}
		out.flip();
		return new Result(out.toString(), -1);
	}

}
