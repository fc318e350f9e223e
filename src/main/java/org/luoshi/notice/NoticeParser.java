package org.luoshi.notice;

import org.luoshi.notice.internal.parse.DivisionNoticeParser;

/**
 * Parses the text of a division notice into a draft for the planning office to review.
 */
public final class NoticeParser {

	private NoticeParser() {
	}

	/**
	 * @throws NoticeFormatException when the text is empty or closes no task with a
	 * responsibility clause
	 */
	public static NoticeDraft parse(NoticeText text) throws NoticeFormatException {
		return DivisionNoticeParser.parse(text);
	}

}
