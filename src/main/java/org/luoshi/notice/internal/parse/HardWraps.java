package org.luoshi.notice.internal.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Notices copied out of a PDF or a web page often arrive as text broken into lines of one
 * width, so that a task and its clause run over several lines. This joins such lines back
 * into paragraphs, each keeping the number of its first line. Two signs are trusted: a
 * line that leaves a parenthesis open which the next line closes (…省财政厅、 / 省商务厅配合）), and
 * in a text where many lines share one width, a line of that width followed by one that
 * neither starts a paragraph (indented) nor a numbered heading. A notice written one
 * paragraph per line has no common width and is left as it is.
 */
final class HardWraps {

	/** Lines narrower than this say nothing about a wrapping width. */
	private static final int MEASURED = 20;

	/** A paragraph is not joined from more lines than this. */
	private static final int MAX_LINES = 80;

	private HardWraps() {
	}

	/**
	 * The notice's lines as paragraphs: blank lines dropped, wrapped lines joined, each
	 * paragraph numbered by its first line; lines with TAB (table rows) pass unchanged.
	 */
	static List<DivisionTable.Line> join(List<String> lines) {
		int width = wrapWidth(lines);
		List<DivisionTable.Line> out = new ArrayList<>();
		int i = 0;
		while (i < lines.size()) {
			String first = lines.get(i);
			if (first.isBlank() && first.indexOf('\t') < 0) {
				i++;
				continue;
			}
			StringBuilder text = null;
			int joined = 1;
			// parentheses the paragraph leaves open so far, counted once per line
			int open = openParentheses(first);
			while (i + joined < lines.size() && joined < MAX_LINES
					&& continues(lines.get(i + joined - 1), open, lines.get(i + joined), width)) {
				if (text == null) {
					text = new StringBuilder(first);
				}
				String next = lines.get(i + joined);
				text.append(next.stripTrailing());
				open += openParentheses(next);
				joined++;
			}
			out.add(new DivisionTable.Line(i + 1, text == null ? first : text.toString()));
			i += joined;
		}
		return out;
	}

	/** Whether {@code next} goes on the paragraph that {@code previous} ends so far. */
	private static boolean continues(String previous, int open, String next, int width) {
		if (width == 0 && open <= 0) {
			// not wrapped, and nothing left open: the common case, decided at once
			return false;
		}
		if (next.isBlank() || previous.isBlank() || previous.indexOf('\t') >= 0 || next.indexOf('\t') >= 0
				|| startsParagraph(next)) {
			return false;
		}
		if (open > 0 && openParentheses(next) < 0) {
			// the next line closes what this paragraph left open
			return true;
		}
		String end = previous.stripTrailing();
		if (open == 0 && endsWithClause(end)) {
			// a paragraph that ends with its responsibility clause ends there
			return false;
		}
		return width > 0 && displayWidth(previous) >= width - 2;
	}

	/**
	 * Whether the line ends with a closed group that reads as a clause, not an aside
	 * (（市）).
	 */
	private static boolean endsWithClause(String line) {
		if (!(line.endsWith("）") || line.endsWith(")") || line.endsWith("】"))) {
			return false;
		}
		int depth = 0;
		for (int i = line.length() - 1; i >= 0; i--) {
			char c = line.charAt(i);
			if (c == '）' || c == ')' || c == '】') {
				depth++;
			}
			else if ((c == '（' || c == '(' || c == '【') && --depth == 0) {
				String content = Normalized.compare(line.substring(i + 1, line.length() - 1));
				return ClauseReader.mayBeClause(content) || ClauseReader.mayBeList(content);
			}
		}
		return false;
	}

	/**
	 * Indented (an ideographic space, or two spaces: a single space is the source's own
	 * between words), or opening with a numbering such as 一、（一）1.（1）① — not a bare
	 * number, which wrapped text starts lines with (10平方米以下).
	 */
	private static boolean startsParagraph(String line) {
		if (line.charAt(0) == '\u3000' || line.charAt(0) == '\t' || line.length() > 1
				&& Character.isWhitespace(line.charAt(0)) && Character.isWhitespace(line.charAt(1))) {
			return true;
		}
		Marker marker = MarkerReader.read(Normalized.compare(line.strip()));
		return marker != null && !marker.weak();
	}

	private static int openParentheses(CharSequence s) {
		int open = 0;
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (c == '（' || c == '(' || c == '【') {
				open++;
			}
			else if (c == '）' || c == ')' || c == '】') {
				open--;
			}
		}
		return open;
	}

	/**
	 * The width most lines are cut at, when at least a third of the measured lines (and
	 * five or more) share it within one column; 0 when the text is not wrapped.
	 */
	static int wrapWidth(List<String> lines) {
		Map<Integer, Integer> counts = new HashMap<>();
		int measured = 0;
		for (String line : lines) {
			if (line.length() < MEASURED / 2) {
				continue;
			}
			int w = displayWidth(line.stripTrailing());
			if (w >= MEASURED) {
				counts.merge(w, 1, Integer::sum);
				measured++;
			}
		}
		int best = 0;
		int bestCount = 0;
		for (Map.Entry<Integer, Integer> entry : counts.entrySet()) {
			// a wide character cannot fill the last column: widths w and w-1 are one cut
			int count = entry.getValue() + counts.getOrDefault(entry.getKey() - 1, 0);
			if (count > bestCount || count == bestCount && entry.getKey() > best) {
				best = entry.getKey();
				bestCount = count;
			}
		}
		return bestCount >= 5 && bestCount * 3 >= measured ? best : 0;
	}

	/**
	 * Columns a line takes in a fixed-width view: two for Chinese and full-width forms.
	 */
	static int displayWidth(String s) {
		int w = 0;
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (Character.isLowSurrogate(c)) {
				continue;
			}
			w += (c >= 0x1100 && (c <= 0x115F || c >= 0x2E80 && c <= 0xA4CF || c >= 0xAC00 && c <= 0xD7A3
					|| c >= 0xF900 && c <= 0xFAFF || c >= 0xFE30 && c <= 0xFE4F || c >= 0xFF00 && c <= 0xFF60
					|| c >= 0xFFE0 && c <= 0xFFE6 || Character.isHighSurrogate(c))) ? 2 : 1;
		}
		return w;
	}

}
