package org.luoshi.notice.internal.parse;

import java.util.ArrayList;
import java.util.List;

import org.luoshi.common.Vocabulary;

/**
 * Finds the responsibility clauses that close tasks in one paragraph. Parentheses also
 * stand inside task text (通化（白山）－丹东, 规模养殖场（小区）) and inside clauses (各市（州）政府): only an
 * outermost parenthesised group that names organisations with a role word, at the end of
 * a sentence, closes a task. One linear scan; each group is examined at most once and
 * only up to {@link ClauseReader#MAX_LENGTH} characters.
 */
@Vocabulary("the role words and endings that close a responsibility clause (牵头, 负责, 政府), which the parser looks for")
final class ClauseFinder {

	/**
	 * A clause found in a paragraph's compared text.
	 *
	 * @param open index of its opening parenthesis
	 * @param close index just after its closing parenthesis
	 * @param clause what it says
	 */
	record Found(int open, int close, Clause clause) {
	}

	/**
	 * Clauses read so far in this notice, by their text: notices repeat the same clause
	 * many times (the seed has （省发展改革委牵头） a dozen times), and each is read once.
	 */
	private final java.util.Map<String, java.util.Optional<Clause>> read = new java.util.HashMap<>();

	List<Found> find(String text, int from) {
		List<int[]> groups = new ArrayList<>();
		int[] stack = new int[16];
		int depth = 0;
		for (int i = from; i < text.length(); i++) {
			char c = text.charAt(i);
			// some notices put the clause in lenticular brackets: 【X牵头，Y配合】
			if (c == '(' || c == '【') {
				if (depth == stack.length) {
					stack = java.util.Arrays.copyOf(stack, depth * 2);
				}
				stack[depth++] = i;
			}
			else if ((c == ')' || c == '】') && depth > 0) {
				int open = stack[--depth];
				if (i - open - 1 <= ClauseReader.MAX_LENGTH
						&& (endsWithRoleWord(text, open, i) || endsParagraph(text, i) && namesOnly(text, open, i))) {
					// a group inside an accepted outer group is dropped below
					groups.add(new int[] { open, i + 1 });
				}
			}
		}
		List<Found> found = new ArrayList<>();
		for (int g = groups.size() - 1; g >= 0; g--) {
			int[] group = groups.get(g);
			if (!found.isEmpty() && group[0] > found.get(found.size() - 1).open()
					&& group[1] <= found.get(found.size() - 1).close()) {
				continue;
			}
			if (!closesSentence(text, group[0], group[1])) {
				continue;
			}
			Clause clause = read(text.substring(group[0] + 1, group[1] - 1));
			if (clause != null) {
				found.add(new Found(group[0], group[1], clause));
			}
		}
		java.util.Collections.reverse(found);
		return found.isEmpty() ? labelled(text, from) : found;
	}

	/**
	 * A clause written without parentheses as labels at the end of a paragraph or on a
	 * line of its own: 牵头单位：省发展改革委；配合单位：省财政厅.
	 */
	private Clause read(String content) {
		return read.computeIfAbsent(content, c -> java.util.Optional.ofNullable(ClauseReader.read(c))).orElse(null);
	}

	private List<Found> labelled(String text, int from) {
		for (int i = from; i < text.length(); i++) {
			if (i > from && text.charAt(i - 1) != '。' && text.charAt(i - 1) != ';' && text.charAt(i - 1) != '；') {
				continue;
			}
			if (text.length() - i > ClauseReader.MAX_LENGTH) {
				continue;
			}
			if (RoleWords.labelOf(text.substring(i, Math.min(text.length(), i + 6))) != null) {
				Clause clause = read(text.substring(i));
				return clause == null ? List.of() : List.of(new Found(i, text.length(), clause));
			}
		}
		return List.of();
	}

	/**
	 * Every role word ends in one of these characters; a cheap filter before the full
	 * reading.
	 */
	private static final String ROLE_WORD_ENDINGS = "头责实与加合助办同导工位门施总进调";

	/**
	 * Quick look at the group's ends before reading it: O(1) for anything that cannot be
	 * a clause.
	 */
	private boolean endsWithRoleWord(String text, int open, int close) {
		int end = close;
		while (end > open + 1 && ClauseReader.isPunctuation(text.charAt(end - 1))) {
			end--;
		}
		if (end - open - 1 < 2) {
			return false;
		}
		boolean roleWordAtEnd = ROLE_WORD_ENDINGS.indexOf(text.charAt(end - 1)) >= 0;
		if (!roleWordAtEnd && RoleWords.labelOf(text.substring(open + 1, Math.min(close, open + 7))) == null
				&& !mayEndWithTimeLimit(text, open, end)) {
			return false;
		}
		String content = text.substring(open + 1, close);
		return read.containsKey(content) ? read.get(content).isPresent() : ClauseReader.mayBeClause(content);
	}

	/**
	 * Cheap test before the full reading: a clause that ends with a time limit
	 * (…负责，年内持续推进) has a comma or semicolon followed by a short tail.
	 */
	private static boolean mayEndWithTimeLimit(String text, int open, int end) {
		for (int i = end - 1; i > open && end - i <= 42; i--) {
			char c = text.charAt(i);
			if (c == ',' || c == ';' || c == '，' || c == '；') {
				return true;
			}
		}
		return false;
	}

	private static boolean endsParagraph(String text, int close) {
		for (int i = close + 1; i < text.length(); i++) {
			if (!ClauseReader.isPunctuation(text.charAt(i))) {
				return false;
			}
		}
		return true;
	}

	/**
	 * A list of organisations without a role word closes a task only at the end of its
	 * paragraph, where the genre puts the clause; elsewhere such a group is an aside.
	 */
	private boolean namesOnly(String text, int open, int close) {
		if (close - open - 1 < 2 || !OrganisationNames.endsLikeOrganisation(text.substring(close - 2, close))
				&& text.charAt(close - 1) != '*' && !text.startsWith("政府", close - 2)) {
			return false;
		}
		String content = text.substring(open + 1, close);
		return read.containsKey(content) ? read.get(content).isPresent() : ClauseReader.mayBeList(content);
	}

	/** A clause ends its task: at the paragraph's end, or between sentences. */
	private static boolean closesSentence(String text, int open, int close) {
		int after = close;
		while (after < text.length() && ClauseReader.isPunctuation(text.charAt(after))) {
			after++;
		}
		if (after >= text.length()) {
			return true;
		}
		if (open == 0 || isSentenceEnd(text.charAt(open - 1))) {
			return true;
		}
		char next = text.charAt(close);
		return next == '。' || next == ';' || next == '；';
	}

	private static boolean isSentenceEnd(char c) {
		return c == '。' || c == ';' || c == '；' || c == '!' || c == '?' || c == ')' || c == ':';
	}

}
