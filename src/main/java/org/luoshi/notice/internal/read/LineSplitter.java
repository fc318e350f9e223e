package org.luoshi.notice.internal.read;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into lines at CR LF, LF or CR, the way {@code BufferedReader} does: a final
 * line terminator ends the last line rather than starting an empty one.
 */
final class LineSplitter {

	private LineSplitter() {
	}

	static List<String> split(String text) {
		List<String> lines = new ArrayList<>();
		int start = 0;
		int length = text.length();
		for (int i = 0; i < length; i++) {
			char c = text.charAt(i);
			if (c == '\n' || c == '\r') {
				lines.add(text.substring(start, i));
				if (c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') {
					i++;
				}
				start = i + 1;
			}
		}
		if (start < length) {
			lines.add(text.substring(start));
		}
		return lines;
	}

}
