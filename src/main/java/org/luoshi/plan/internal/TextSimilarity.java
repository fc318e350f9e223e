package org.luoshi.plan.internal;

import java.util.HashMap;
import java.util.Map;

import org.luoshi.common.ComparedText;

/**
 * How alike two task texts are, in any language and for any plan: the compared form
 * (NFKC, no white space) with punctuation dropped, cut into overlapping pairs of
 * characters; the score is the mean of the Dice coefficient (shared pairs against both
 * texts) and the overlap coefficient (shared pairs against the shorter text), since a
 * city usually shortens the province's task and adds its own figures. 0 is nothing in
 * common, 1 the same words.
 */
public final class TextSimilarity {

	/**
	 * Below this a task of the plan above is not proposed: the words share too little to
	 * be the same work.
	 */
	public static final double THRESHOLD = 0.3;

	private TextSimilarity() {
	}

	/** The pairs of characters of a text, counted. */
	public static Map<String, Integer> bigrams(String text) {
		String compared = ComparedText.of(text);
		StringBuilder letters = new StringBuilder(compared.length());
		compared.codePoints().filter(Character::isLetterOrDigit).forEach(letters::appendCodePoint);
		Map<String, Integer> pairs = new HashMap<>();
		int[] points = letters.codePoints().toArray();
		for (int i = 0; i + 1 < points.length; i++) {
			pairs.merge(new String(points, i, 2), 1, Integer::sum);
		}
		return pairs;
	}

	public static double score(Map<String, Integer> a, Map<String, Integer> b) {
		int sizeA = a.values().stream().mapToInt(Integer::intValue).sum();
		int sizeB = b.values().stream().mapToInt(Integer::intValue).sum();
		if (sizeA == 0 || sizeB == 0) {
			return 0;
		}
		Map<String, Integer> smaller = (a.size() <= b.size()) ? a : b;
		Map<String, Integer> other = (smaller == a) ? b : a;
		int shared = 0;
		for (Map.Entry<String, Integer> pair : smaller.entrySet()) {
			Integer there = other.get(pair.getKey());
			if (there != null) {
				shared += Math.min(there, pair.getValue());
			}
		}
		double dice = 2.0 * shared / (sizeA + sizeB);
		double overlap = (double) shared / Math.min(sizeA, sizeB);
		return (dice + overlap) / 2;
	}

	public static double score(String a, String b) {
		return score(bigrams(a), bigrams(b));
	}

}
