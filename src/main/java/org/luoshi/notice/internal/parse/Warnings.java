package org.luoshi.notice.internal.parse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.luoshi.notice.ParseWarning;

/**
 * The warnings of one parse. A damaged file can produce one per line; past {@link #LIMIT}
 * the rest are counted in a closing warning instead of listed, so that neither the office
 * nor the importer drowns in them.
 */
final class Warnings {

	static final int LIMIT = 500;

	private final List<ParseWarning> listed = new ArrayList<>();

	private int dropped;

	private int lastLine;

	void add(ParseWarning warning) {
		if (listed.size() < LIMIT) {
			listed.add(warning);
		}
		else {
			dropped++;
			lastLine = Math.max(lastLine, warning.line());
		}
	}

	List<ParseWarning> toList() {
		List<ParseWarning> all = new ArrayList<>(listed);
		all.sort(Comparator.comparingInt(ParseWarning::line));
		if (dropped > 0) {
			all.add(new ParseWarning(lastLine, ParseWarning.TOO_MANY, "notice.warning.too-many-warnings", dropped));
		}
		return all;
	}

}
