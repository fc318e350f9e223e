package org.luoshi.implementation.internal.document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.luoshi.common.ComparedText;

/**
 * Proposes the task each item serves: the task whose number the item names, else the task
 * whose text reads most like the item's heading (or, more weakly, its measure).
 * <p>
 * Text is compared as sets of character bigrams after NFKC normalisation, without
 * punctuation, so that it works for any language of the genre without a dictionary. Each
 * bigram weighs by how rare it is among the candidate tasks (inverse document frequency):
 * 推进, 建设, 体系 stand in most tasks and say little; 秸秆, 流转 say which task. A heading is
 * scored against each sentence of a task and against the whole task (Dice), and by the
 * square of the share of its weight the task contains (a heading that quotes part of a
 * task); the measure, discounted, adds to what the heading leaves unexplained.
 * {@link #THRESHOLD} comes from the tests: against the 146 tasks of the seed plan the
 * stock headings of the genre (总体要求, 加强组织领导, 强化督促检查) score at most 0.35, headings and
 * measures quoting or paraphrasing a task 0.43 and more. Give the matcher the tasks the
 * organisation carries, not the whole plan: two departments' tasks may share the words of
 * a heading.
 */
public final class TaskMatcher {

	/** The lowest score at which a task is proposed. */
	public static final double THRESHOLD = 0.4;

	/** A measure names its task's words less often than a heading does. */
	private static final double MEASURE_WEIGHT = 0.6;

	private static final int ALTERNATIVES = 3;

	public List<Proposal> propose(List<ReadItem> items, List<Candidate> tasks) {
		Index index = new Index(tasks);
		List<Proposal> proposals = new ArrayList<>(items.size());
		for (ReadItem item : items) {
			proposals.add(propose(item, tasks, index));
		}
		return proposals;
	}

	private static Proposal propose(ReadItem item, List<Candidate> tasks, Index index) {
		Candidate named = named(item.taskCode(), tasks);
		List<Scored> scored = new ArrayList<>();
		for (int i = 0; i < tasks.size(); i++) {
			double score = index.score(i, item);
			if (score > 0) {
				scored.add(new Scored(tasks.get(i).taskId(), score));
			}
		}
		scored.sort(Comparator.comparingDouble(Scored::score).reversed());
		if (named != null) {
			return new Proposal(item, named.taskId(), Proposal.Basis.NUMBERING, 1.0,
					alternatives(scored, named.taskId()));
		}
		if (!scored.isEmpty() && scored.get(0).score() >= THRESHOLD) {
			Scored best = scored.get(0);
			return new Proposal(item, best.taskId(), Proposal.Basis.TEXT, round(best.score()),
					alternatives(scored, best.taskId()));
		}
		double best = scored.isEmpty() ? 0 : scored.get(0).score();
		return new Proposal(item, null, Proposal.Basis.NONE, round(best), alternatives(scored, null));
	}

	private static Candidate named(String code, List<Candidate> tasks) {
		String wanted = TaskReference.code(code);
		if (wanted == null) {
			return null;
		}
		for (Candidate task : tasks) {
			if (wanted.equals(TaskReference.code(task.code()))) {
				return task;
			}
		}
		return null;
	}

	private static List<Long> alternatives(List<Scored> scored, Long chosen) {
		return scored.stream()
			.map(Scored::taskId)
			.filter((id) -> !id.equals(chosen))
			.distinct()
			.limit(ALTERNATIVES)
			.toList();
	}

	private static double round(double score) {
		return Math.round(score * 1000) / 1000.0;
	}

	private record Scored(long taskId, double score) {
	}

	/** The tasks' bigrams, whole and by sentence, and the weight of every bigram. */
	private static final class Index {

		private final List<Set<String>> wholes = new ArrayList<>();

		private final List<List<Set<String>>> sentences = new ArrayList<>();

		private final Map<String, Double> weights = new HashMap<>();

		private final double unseen;

		Index(List<Candidate> tasks) {
			Map<String, Integer> frequency = new HashMap<>();
			for (Candidate task : tasks) {
				Set<String> whole = bigrams(task.text());
				this.wholes.add(whole);
				List<Set<String>> parts = new ArrayList<>();
				for (String sentence : ComparedText.of(task.text()).split("[。；;!?！？]")) {
					Set<String> part = bigrams(sentence);
					if (!part.isEmpty()) {
						parts.add(part);
					}
				}
				this.sentences.add(parts);
				whole.forEach((b) -> frequency.merge(b, 1, Integer::sum));
			}
			int n = Math.max(1, tasks.size());
			frequency.forEach((b, df) -> this.weights.put(b, Math.log(1.0 + (double) n / df)));
			this.unseen = Math.log(1.0 + n);
		}

		double score(int task, ReadItem item) {
			Set<String> heading = bigrams(item.taskText());
			Set<String> measure = bigrams(item.measure());
			Set<String> whole = this.wholes.get(task);
			double byHeading = 0;
			if (heading.size() >= 2) {
				byHeading = dice(heading, whole);
				for (Set<String> sentence : this.sentences.get(task)) {
					byHeading = Math.max(byHeading, dice(heading, sentence));
				}
				// squared: a heading quoting the task is nearly whole in it; sharing a
				// few
				// words (加强, 宣传) is weak evidence
				double contained = containment(heading, whole);
				byHeading = Math.max(byHeading, contained * contained);
			}
			double byMeasure = (measure.size() >= 2) ? MEASURE_WEIGHT * containment(measure, whole) : 0;
			// the measure adds to what the heading leaves unexplained
			return byHeading + (1 - byHeading) * byMeasure;
		}

		private double weight(String bigram) {
			return this.weights.getOrDefault(bigram, this.unseen);
		}

		private double dice(Set<String> a, Set<String> b) {
			double shared = 0;
			double total = 0;
			for (String x : a) {
				total += weight(x);
				if (b.contains(x)) {
					shared += weight(x);
				}
			}
			for (String y : b) {
				total += weight(y);
			}
			return (total == 0) ? 0 : 2 * shared / total;
		}

		/** The share of the weight of a that b contains. */
		private double containment(Set<String> a, Set<String> b) {
			double shared = 0;
			double total = 0;
			for (String x : a) {
				total += weight(x);
				if (b.contains(x)) {
					shared += weight(x);
				}
			}
			return (total == 0) ? 0 : shared / total;
		}

	}

	/** The character bigrams of the text's letters and digits, in its compared form. */
	static Set<String> bigrams(String text) {
		Set<String> bigrams = new HashSet<>();
		if (text == null) {
			return bigrams;
		}
		for (String run : ComparedText.of(text).split("[^\\p{L}\\p{N}]+")) {
			int[] cps = run.codePoints().toArray();
			for (int i = 0; i + 1 < cps.length; i++) {
				bigrams.add(new String(cps, i, 2));
			}
		}
		return bigrams;
	}

}
