package org.luoshi.implementation.internal.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the milestones of a draft: every time limit of its time field, or, without one,
 * the deadlines in the measure's own words (2013年底前完成…). What is delivered is the clause
 * the limit stands in; a limit standing alone delivers the measure's first sentence.
 * Keeps the year of the last dated limit for limits written without one.
 */
final class MilestoneReader {

	private static final Pattern CLAUSE_END = Pattern.compile("[，,。；;\n]");

	private Integer contextYear;

	private final List<String> warnings;

	MilestoneReader(List<String> warnings) {
		this.warnings = warnings;
	}

	/**
	 * A year named where no item stands (the title, a heading): the context from here on.
	 */
	void yearNamed(int year) {
		this.contextYear = year;
	}

	ReadItem item(Draft draft) {
		return new ReadItem(draft.line(), draft.numbering(), draft.code(), draft.taskText(), draft.measure(),
				draft.division(), draft.contact(), draft.part(), milestones(draft));
	}

	private List<ReadMilestone> milestones(Draft draft) {
		boolean field = draft.time() != null;
		String source = field ? draft.time() : draft.measure();
		List<ReadMilestone> milestones = new ArrayList<>();
		if (source == null) {
			return milestones;
		}
		List<TimeText.Found> found = new ArrayList<>(TimeText.find(source, this.contextYear));
		if (!field) {
			found.removeIf((f) -> !f.limit());
		}
		if (field && found.isEmpty() && !TimeText.openEnded(source)) {
			warn(draft.line(), "time limit not understood: " + source);
		}
		for (int i = 0; i < found.size(); i++) {
			TimeText.Found f = found.get(i);
			if (f.due() == null) {
				warn(draft.line(), "time limit without a year: " + f.text());
			}
			else if (f.dated()) {
				this.contextYear = f.due().year();
			}
			String deliverable = deliverable(source, found, i);
			if (deliverable == null) {
				deliverable = firstSentence(draft.measure());
			}
			milestones.add(new ReadMilestone(deliverable, f.due(), f.text(), draft.recognition()));
		}
		return milestones;
	}

	/** The clause after the limit (…前完成X), else the one before it (X…前). */
	private static String deliverable(String source, List<TimeText.Found> found, int index) {
		TimeText.Found f = found.get(index);
		int next = (index + 1 < found.size()) ? found.get(index + 1).start() : source.length();
		Matcher end = CLAUSE_END.matcher(source);
		int after = end.find(f.end()) ? Math.min(end.start(), next) : next;
		String text = Fields.clean(source.substring(f.end(), Math.max(f.end(), after)));
		if (text != null) {
			return text;
		}
		int previous = (index > 0) ? found.get(index - 1).end() : 0;
		int start = previous;
		Matcher before = CLAUSE_END.matcher(source.substring(previous, f.start()));
		while (before.find()) {
			start = previous + before.end();
		}
		return Fields.clean(source.substring(start, f.start()));
	}

	private static String firstSentence(String text) {
		return (text == null) ? null : Fields.clean(DocumentWords.SENTENCE_END.split(text, 2)[0]);
	}

	private void warn(int line, String message) {
		this.warnings.add(String.format(Locale.ROOT, "line %d: %s", line, message));
	}

}
