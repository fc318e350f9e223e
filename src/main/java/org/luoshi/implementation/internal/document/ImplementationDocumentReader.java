package org.luoshi.implementation.internal.document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reads a department's implementation plan (实施方案) from a .docx (paragraphs and tables, in
 * document order) or an .xlsx (the first sheet with a header row) into its items: the
 * measures, the task each stands under, the division, contact and milestones. Refuses the
 * whole document with a {@link DocumentProblem} when it is not one of these formats,
 * cannot be read, is too large or holds no item; never returns a part of it.
 */
public final class ImplementationDocumentReader {

	public ReadDocument read(byte[] content, String fileName) {
		DocumentFormat format = DocumentFormat.of(content, fileName);
		List<SourceLine> lines = switch (format) {
			case DOCX -> DocxSource.lines(content);
			case XLSX -> XlsxSource.lines(content);
		};
		OutlineReader.Outline outline = OutlineReader.read(lines);
		if (outline.drafts().isEmpty()) {
			Integer header = lines.stream()
				.filter((line) -> line.table() > 0 && TableItems.header(line) != null)
				.map(SourceLine::number)
				.findFirst()
				.orElse(null);
			throw new DocumentProblem(DocumentProblem.NO_ITEMS, header,
					(header != null)
							? "the table's header row names its columns but no row under it holds a measure or a task"
							: (format == DocumentFormat.XLSX) ? "no sheet has a header row naming measures or tasks"
									: "no numbered measure says who does it, by when or which task it serves");
		}
		return items(outline);
	}

	/**
	 * The items in document order, each time limit without a year taking the last one.
	 */
	private static ReadDocument items(OutlineReader.Outline outline) {
		List<Draft> drafts = new ArrayList<>(outline.drafts());
		drafts.sort(Comparator.comparingInt(Draft::line));
		List<int[]> marks = new ArrayList<>(outline.yearMarks());
		marks.sort(Comparator.comparingInt((int[] mark) -> mark[0]));
		List<String> warnings = new ArrayList<>();
		MilestoneReader milestones = new MilestoneReader(warnings);
		List<ReadItem> items = new ArrayList<>();
		int m = 0;
		for (Draft draft : drafts) {
			while (m < marks.size() && marks.get(m)[0] <= draft.line()) {
				milestones.yearNamed(marks.get(m++)[1]);
			}
			items.add(milestones.item(draft));
		}
		return new ReadDocument(items, warnings);
	}

}
