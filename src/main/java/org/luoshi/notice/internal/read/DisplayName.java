package org.luoshi.notice.internal.read;

import org.luoshi.notice.NoticeMessage;

/**
 * The file name as messages show it: the last path segment, or a placeholder in the
 * reader's language when the caller had none, so that every message can say which file it
 * concerns.
 */
final class DisplayName {

	/** The name of a file that came without one, until a message puts it into words. */
	static final String UNNAMED = "";

	private static final NoticeMessage PLACEHOLDER = NoticeMessage.of("notice.file.unnamed");

	private DisplayName() {
	}

	static String of(String fileName) {
		if (fileName == null || fileName.isBlank()) {
			return UNNAMED;
		}
		String name = fileName.strip();
		int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
		String last = name.substring(slash + 1);
		return last.isEmpty() ? name : last;
	}

	/** The name as a message's argument: the placeholder for a file without one. */
	static Object argument(String name) {
		return (name == null || name.isEmpty()) ? PLACEHOLDER : name;
	}

}
