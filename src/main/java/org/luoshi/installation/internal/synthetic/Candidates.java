package org.luoshi.installation.internal.synthetic;

import java.util.Arrays;
import java.util.Random;

import org.luoshi.common.Vocabulary;

/**
 * The organisations a government's notice may name for a task: its departments, the most
 * often named first (weights falling as in the seed, where the development and reform
 * commission answers for a third of the tasks), and the governments under it, which
 * together weigh about a tenth.
 */
@Vocabulary("the suffix a notice writes after a government's name")
final class Candidates {

	private final Government government;

	private final DirectoryWriter directory;

	private final double[] cumulative;

	Candidates(Government government, DirectoryWriter directory) {
		this.government = government;
		this.directory = directory;
		int n = government.departments + government.children.size();
		this.cumulative = new double[n];
		double departments = 0;
		for (int i = 0; i < government.departments; i++) {
			departments += 1 / Math.pow(i + 1, 0.8);
		}
		double child = government.children.isEmpty() ? 0 : departments * 0.1 / government.children.size();
		double sum = 0;
		for (int i = 0; i < n; i++) {
			sum += (i < government.departments) ? 1 / Math.pow(i + 1, 0.8) : child;
			this.cumulative[i] = sum;
		}
	}

	/** Distinct candidates, as many as asked where there are that many. */
	int[] draw(int count, Random random) {
		int n = Math.min(count, this.cumulative.length);
		int[] chosen = new int[n];
		double total = this.cumulative[this.cumulative.length - 1];
		for (int k = 0; k < n; k++) {
			int candidate;
			do {
				int found = Arrays.binarySearch(this.cumulative, random.nextDouble() * total);
				candidate = Math.min(this.cumulative.length - 1, (found >= 0) ? found : -found - 1);
			}
			while (contains(chosen, k, candidate));
			chosen[k] = candidate;
		}
		return chosen;
	}

	long organisationId(int candidate) {
		return (candidate < this.government.departments) ? this.government.firstDepartmentId + candidate
				: this.government.children.get(candidate - this.government.departments).organisationId;
	}

	String writtenName(int candidate) {
		return (candidate < this.government.departments) ? this.directory.writtenName(this.government, candidate)
				: this.government.children.get(candidate - this.government.departments).name + "政府";
	}

	private static boolean contains(int[] chosen, int length, int candidate) {
		for (int i = 0; i < length; i++) {
			if (chosen[i] == candidate) {
				return true;
			}
		}
		return false;
	}

}
