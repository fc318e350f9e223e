package org.luoshi.notice.internal.read;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * The byte order marks that announce a text file's encoding; when one is present it
 * decides the encoding, and it is not part of the first line.
 */
enum Bom {

	UTF_8(StandardCharsets.UTF_8, (byte) 0xEF, (byte) 0xBB, (byte) 0xBF),
	UTF_16LE(StandardCharsets.UTF_16LE, (byte) 0xFF, (byte) 0xFE),
	UTF_16BE(StandardCharsets.UTF_16BE, (byte) 0xFE, (byte) 0xFF);

	private final Charset charset;

	private final byte[] mark;

	Bom(Charset charset, byte... mark) {
		this.charset = charset;
		this.mark = mark;
	}

	Charset charset() {
		return charset;
	}

	int length() {
		return mark.length;
	}

	/**
	 * The byte order mark the bytes start with.
	 * @param bytes the file's content
	 * @return the mark, or null when there is none
	 */
	static Bom of(byte[] bytes) {
		for (Bom bom : values()) {
			if (MagicNumbers.startsWith(bytes, bom.mark, 0)) {
				return bom;
			}
		}
		return null;
	}

}
