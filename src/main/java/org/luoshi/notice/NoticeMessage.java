package org.luoshi.notice;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A text the importer puts together for a reader — why a file cannot be read, what a
 * warning found — as the key of its words in the message files and the arguments they
 * need, so that each reader gets it in their own language. An argument may itself be a
 * {@code NoticeMessage} (a format's name, the placeholder for an unnamed file).
 *
 * @param code the key in the message files, e.g. {@code notice.problem.empty-file}
 * @param arguments what the text needs, in its order
 */
public record NoticeMessage(String code, List<Object> arguments) {

	public NoticeMessage {
		// names may be missing: no List.copyOf, which refuses null
		arguments = Collections.unmodifiableList(new ArrayList<>(arguments));
	}

	public static NoticeMessage of(String code, Object... arguments) {
		return new NoticeMessage(code, Arrays.asList(arguments));
	}

}
