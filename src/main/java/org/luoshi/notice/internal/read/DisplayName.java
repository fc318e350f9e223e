package org.luoshi.notice.internal.read;

/**
 * The file name as messages show it: the last path segment, or a placeholder when the
 * caller had none, so that every message can say which file it concerns.
 */
final class DisplayName {

	static final String UNNAMED = "（未命名文件）";

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

}
