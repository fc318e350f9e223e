package org.luoshi.notice.internal.read;

import java.util.regex.Pattern;

import org.luoshi.common.Vocabulary;

/**
 * Recognises a line that starts with a notice's numbering (一、 （一） 1. （1） ① 第一章): such a
 * line begins a paragraph even when the layout gives no other sign of it.
 */
@Vocabulary("the numbering notices write (一、, 第一章), which the reader recognises in the text")
final class NumberingMarkers {

	private static final String CHINESE = "[一二三四五六七八九十百零〇]+";

	private static final String DIGITS = "[0-9０-９]{1,2}";

	private static final Pattern MARKER = Pattern.compile("^(?:" + CHINESE + "[、．.]" //
			+ "|[（(]" + CHINESE + "[）)]" //
			+ "|" + DIGITS + "[.．、](?![0-9０-９])" // 1. but not 8.8％
			+ "|[（(]" + DIGITS + "[）)]" //
			+ "|[\\u2460-\\u2473\\u2474-\\u2487\\u2488-\\u249B\\u3251-\\u325F]" // ① ⑴ ⒈ ㉑
			+ "|第" + CHINESE + "[章节条部分篇])");

	private NumberingMarkers() {
	}

	static boolean startsWithMarker(String line) {
		return MARKER.matcher(line).find();
	}

}
