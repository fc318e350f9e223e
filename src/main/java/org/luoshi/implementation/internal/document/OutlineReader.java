package org.luoshi.implementation.internal.document;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Turns the lines of a document into item drafts. Numbered paragraphs form an outline by
 * the rank of their numbers; a paragraph with no number continues the one before it (its
 * 责任处室：… line, its 完成时限：… line). A numbered paragraph with nothing under it is a measure
 * when it, or a heading above it, says who does it, by when, or which task it serves; the
 * rest (总体要求, 保障措施) is prose. A table in the body is read in its own form under the
 * heading it follows.
 */
final class OutlineReader {

	private final List<Block> blocks = new ArrayList<>();

	private final Deque<Block> open = new ArrayDeque<>();

	private final List<Draft> drafts = new ArrayList<>();

	private final List<int[]> yearMarks = new ArrayList<>();

	private Double lastTaskRank;

	/**
	 * What the outline yields.
	 *
	 * @param drafts the items, in no particular order
	 * @param yearMarks {line, year} of the years headings and the title name, the context
	 * for time limits written without a year
	 */
	record Outline(List<Draft> drafts, List<int[]> yearMarks) {
	}

	static Outline read(List<SourceLine> lines) {
		OutlineReader reader = new OutlineReader();
		reader.walk(lines);
		reader.finish();
		return new Outline(reader.drafts, reader.yearMarks);
	}

	private void walk(List<SourceLine> lines) {
		int i = 0;
		while (i < lines.size()) {
			SourceLine line = lines.get(i);
			if (line.table() == 0) {
				paragraph(line.number(), line.cells().get(0));
				i++;
				continue;
			}
			int table = line.table();
			List<SourceLine> rows = new ArrayList<>();
			while (i < lines.size() && lines.get(i).table() == table) {
				rows.add(lines.get(i++));
			}
			table(rows);
		}
	}

	private void table(List<SourceLine> rows) {
		Block top = this.open.peek();
		List<Draft> read = TableItems.read(rows, (top == null) ? Heading.NONE : top.handedDown());
		if (read == null) {
			// a table used for layout: its rows read as paragraphs
			rows.forEach((row) -> paragraph(row.number(), row.text()));
			return;
		}
		this.drafts.addAll(read);
		if (top != null && !read.isEmpty()) {
			top.parentOfItems = true;
		}
	}

	private void paragraph(int number, String text) {
		if (text.isBlank()) {
			return;
		}
		Numbering.Numbered numbered = Numbering.of(text);
		if (numbered != null) {
			push(new Block(number, numbered.rank(), numbered.label(), numbered.rest()));
		}
		else if (startsWithTask(text)) {
			push(new Block(number, taskRank(), null, text.strip()));
		}
		else if (this.open.isEmpty()) {
			markYear(number, text);
		}
		else {
			this.open.peek().text.append('\n').append(text.strip());
		}
	}

	/** 任务3.2.1：… on a line of its own heads the measures after it. */
	private static boolean startsWithTask(String text) {
		Matcher m = DocumentWords.TASK_REFERENCE.matcher(text.strip());
		return m.lookingAt();
	}

	/**
	 * Such a heading ranks with the last of its kind, else just under the outermost open
	 * heading (二、重点任务), so that the numbered measures after it fall under it.
	 */
	private double taskRank() {
		if (this.lastTaskRank == null) {
			this.lastTaskRank = this.open.isEmpty() ? 0.5 : this.open.peekLast().rank + 0.5;
		}
		return this.lastTaskRank;
	}

	private void push(Block block) {
		while (!this.open.isEmpty() && this.open.peek().rank >= block.rank) {
			this.open.pop();
		}
		block.parent = this.open.peek();
		if (block.parent != null) {
			block.parent.parentOfItems = true;
		}
		this.open.push(block);
		this.blocks.add(block);
	}

	private void finish() {
		for (Block block : this.blocks) {
			if (block.parentOfItems) {
				markYear(block.line, block.text.toString());
				continue;
			}
			Draft draft = block.draft();
			if (draft != null) {
				this.drafts.add(draft);
			}
		}
	}

	private void markYear(int line, String text) {
		List<TimeText.Found> found = TimeText.find(text, null);
		for (int i = found.size() - 1; i >= 0; i--) {
			if (found.get(i).dated()) {
				this.yearMarks.add(new int[] { line, found.get(i).due().year() });
				return;
			}
		}
	}

	/** A numbered paragraph with the unnumbered ones after it. */
	private static final class Block {

		final int line;

		final double rank;

		final String label;

		final StringBuilder text;

		Block parent;

		boolean parentOfItems;

		private Fields fields;

		private TaskReference reference;

		Block(int line, double rank, String label, String text) {
			this.line = line;
			this.rank = rank;
			this.label = label;
			this.text = new StringBuilder(text.strip());
		}

		private void parse() {
			if (this.fields == null) {
				this.reference = TaskReference.in(this.text.toString());
				this.fields = Fields.of(this.reference.rest());
			}
		}

		/** The first sentence of what is left once the fields and task number are out. */
		String headingText() {
			parse();
			String first = this.fields.remainder().split("\n", 2)[0];
			return Fields.clean(DocumentWords.SENTENCE_END.split(first, 2)[0]);
		}

		/** What the remainder says after its first sentence. */
		String afterHeading() {
			parse();
			String rest = this.fields.remainder();
			Matcher end = DocumentWords.SENTENCE_END.matcher(rest);
			int newline = rest.indexOf('\n');
			int cut = end.find() ? end.end() : rest.length();
			if (newline >= 0 && newline < cut) {
				cut = newline;
			}
			return Fields.clean(rest.substring(cut));
		}

		String part() {
			parse();
			if (this.fields.part() != null) {
				return this.fields.part();
			}
			Matcher m = DocumentWords.PART_INLINE.matcher(this.text);
			return m.find() ? Fields.clean(m.group("part")) : null;
		}

		/** What this heading, with what its own headings set, hands down. */
		Heading handedDown() {
			parse();
			Heading above = (this.parent == null) ? Heading.NONE : this.parent.handedDown();
			String heading = headingText();
			return new Heading(first(this.reference.code(), above.code()), first(heading, above.text()),
					first(this.fields.divisionWithSupport(), above.division()),
					first(this.fields.contact(), above.contact()), first(part(), above.part()),
					first(this.fields.time(), above.time()), first(this.fields.recognition(), above.recognition()));
		}

		/** The item this paragraph is, or null when it is prose. */
		Draft draft() {
			parse();
			Heading above = (this.parent == null) ? Heading.NONE : this.parent.handedDown();
			String taskText;
			String measure;
			if (this.fields.measure() != null) {
				taskText = first(headingText(), above.text());
				measure = this.fields.measure();
			}
			else if (this.reference.named()) {
				taskText = headingText();
				measure = first(afterHeading(), taskText);
			}
			else {
				taskText = above.text();
				measure = Fields.clean(this.fields.remainder());
			}
			boolean inlineTime = measure != null
					&& TimeText.find(measure, null).stream().anyMatch(TimeText.Found::limit);
			String time = first(this.fields.time(), inlineTime ? null : above.time());
			String code = first(this.reference.code(), above.code());
			String division = first(this.fields.divisionWithSupport(), above.division());
			String contact = first(this.fields.contact(), above.contact());
			String recognition = first(this.fields.recognition(), above.recognition());
			boolean planned = code != null || division != null || contact != null || time != null || recognition != null
					|| this.fields.measure() != null || inlineTime;
			if (!planned || measure == null) {
				return null;
			}
			return new Draft(this.line, this.label, code, taskText, measure, division, contact,
					first(part(), above.part()), time, recognition);
		}

		private static String first(String a, String b) {
			return (a != null && !a.isBlank()) ? a : b;
		}

	}

}
