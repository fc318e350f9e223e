package org.luoshi.installation.internal.synthetic;

import java.util.Random;

/**
 * The shape of the seed notice (the Jilin division of 2011: 13 chapters, 53 sections, 146
 * tasks), as frequencies to draw from: sections per chapter, tasks per chapter and per
 * section, organisations per task. Counted from
 * {@code shared/fixtures/jilin-12th-fyp-division.golden.json}.
 */
final class SeedShape {

	static final int[] SECTIONS_PER_CHAPTER = { 0, 4, 4, 4, 4, 5, 4, 4, 7, 7, 5, 3, 2 };

	static final int[] TASKS_PER_CHAPTER = { 12, 12, 5, 21, 16, 5, 7, 13, 25, 13, 12, 3, 2 };

	static final int[] TASKS_PER_SECTION = { 5, 3, 1, 3, 1, 2, 1, 1, 3, 5, 2, 11, 6, 2, 1, 7, 1, 1, 1, 1, 1, 4, 1, 1, 1,
			5, 3, 4, 1, 1, 1, 1, 1, 4, 14, 3, 3, 1, 3, 1, 1, 2, 1, 2, 6, 1, 1, 2, 1, 1, 1, 1, 1 };

	/** How many of the seed's tasks name one, two, … sixteen organisations. */
	private static final int[] TASKS_BY_ORGANISATIONS = { 66, 36, 12, 15, 3, 4, 5, 1, 1, 1, 0, 0, 0, 0, 1, 1 };

	private static final int TASKS = 146;

	private SeedShape() {
	}

	static int any(int[] observed, Random random) {
		return observed[random.nextInt(observed.length)];
	}

	static int organisationsPerTask(Random random) {
		int draw = random.nextInt(TASKS);
		for (int i = 0; i < TASKS_BY_ORGANISATIONS.length; i++) {
			draw -= TASKS_BY_ORGANISATIONS[i];
			if (draw < 0) {
				return i + 1;
			}
		}
		return 1;
	}

	/**
	 * Splits {@code total} into parts in proportion to the weights, each at least
	 * {@code least} where the total allows, by largest remainder.
	 */
	static int[] split(int total, int[] weights, int least) {
		int n = weights.length;
		int[] parts = new int[n];
		int floor = Math.min(least, total / Math.max(1, n));
		int left = total - floor * n;
		long sum = 0;
		for (int w : weights) {
			sum += Math.max(1, w);
		}
		double[] remainders = new double[n];
		int given = 0;
		for (int i = 0; i < n; i++) {
			double exact = (double) left * Math.max(1, weights[i]) / sum;
			parts[i] = floor + (int) exact;
			remainders[i] = exact - (int) exact;
			given += (int) exact;
		}
		for (int k = 0; k < left - given; k++) {
			int best = 0;
			for (int i = 1; i < n; i++) {
				if (remainders[i] > remainders[best]) {
					best = i;
				}
			}
			parts[best]++;
			remainders[best] = -1;
		}
		return parts;
	}

}
