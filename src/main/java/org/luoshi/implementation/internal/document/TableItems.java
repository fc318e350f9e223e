package org.luoshi.implementation.internal.document;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.luoshi.implementation.internal.document.DocumentWords.Column;

/**
 * Reads the table form: a header row whose words name the columns (序号, 重点任务, 具体措施, 责任处室,
 * 联系人, 完成时限, 完成标志 — in any order and wording that keeps the key word), then one measure
 * per row. A row with a single filled cell is a group heading (一、农业农村, or a task) for the
 * rows under it.
 */
final class TableItems {

	private TableItems() {
	}

	/** Whether one of the rows is a header row of this form. */
	static boolean hasHeader(List<SourceLine> rows) {
		return rows.stream().anyMatch((row) -> header(row) != null);
	}

	/**
	 * The drafts of the rows under the header, or null when no row is a header (the table
	 * is not of this form).
	 * @param context what the heading the table stands under hands down
	 */
	static List<Draft> read(List<SourceLine> rows, Heading context) {
		Map<Column, List<Integer>> columns = null;
		List<String> headers = null;
		List<Draft> drafts = new ArrayList<>();
		Heading group = context;
		for (SourceLine row : rows) {
			Map<Column, List<Integer>> found = header(row);
			if (found != null) {
				columns = found;
				headers = row.cells();
				continue;
			}
			if (columns == null || row.blank()) {
				continue;
			}
			List<String> filled = row.cells().stream().filter((cell) -> !cell.isBlank()).toList();
			if (filled.size() == 1 && cell(row, columns, Column.MEASURE) == null) {
				group = group(filled.get(0), context);
				continue;
			}
			Draft draft = draft(row, columns, headers, group);
			if (draft != null) {
				drafts.add(draft);
			}
		}
		return (columns == null) ? null : drafts;
	}

	/** The columns a header row names, or null when it is no header of this form. */
	static Map<Column, List<Integer>> header(SourceLine row) {
		Map<Column, List<Integer>> columns = new EnumMap<>(Column.class);
		for (int i = 0; i < row.cells().size(); i++) {
			Column column = DocumentWords.column(row.cells().get(i));
			if (column != null) {
				columns.computeIfAbsent(column, (c) -> new ArrayList<>()).add(i);
			}
		}
		boolean names = columns.containsKey(Column.MEASURE) || columns.containsKey(Column.TASK);
		return (names && columns.size() >= 2) ? columns : null;
	}

	private static Heading group(String text, Heading context) {
		Numbering.Numbered numbered = Numbering.of(text);
		TaskReference reference = TaskReference.leading((numbered == null) ? text : numbered.rest());
		String heading = Fields.clean(DocumentWords.SENTENCE_END.split(reference.rest(), 2)[0]);
		return new Heading((reference.code() != null) ? reference.code() : context.code(),
				(heading != null) ? heading : context.text(), context.division(), context.contact(), context.part(),
				context.time(), context.recognition());
	}

	private static Draft draft(SourceLine row, Map<Column, List<Integer>> columns, List<String> headers,
			Heading group) {
		String task = cell(row, columns, Column.TASK);
		String codeCell = cell(row, columns, Column.TASK_CODE);
		String measureCell = cell(row, columns, Column.MEASURE);
		if (task == null && measureCell == null) {
			return null;
		}
		TaskReference reference = (task == null) ? new TaskReference(null, null) : TaskReference.leading(task);
		String code = (codeCell != null) ? TaskReference.leading(codeCell).code() : null;
		if (code == null) {
			code = (reference.code() != null) ? reference.code() : group.code();
		}
		String taskText = (reference.rest() != null) ? Fields.clean(reference.rest()) : group.text();
		Fields fields = Fields.of((measureCell != null) ? measureCell : "");
		String measure = (measureCell != null) ? Fields.clean(first(fields.measure(), fields.remainder())) : taskText;
		String division = cell(row, columns, Column.DIVISION);
		String support = cell(row, columns, Column.SUPPORT);
		if (support != null) {
			String label = Fields.clean(headers.get(columns.get(Column.SUPPORT).get(0)));
			division = (division == null) ? support : division + "（" + label + "：" + support + "）";
		}
		String part = cell(row, columns, Column.PART);
		return new Draft(row.number(), cell(row, columns, Column.NUMBER), code, taskText, measure,
				first(first(division, fields.divisionWithSupport()), group.division()),
				first(first(cell(row, columns, Column.CONTACT), fields.contact()), group.contact()),
				first(first(part, fields.part()), group.part()),
				first(first(cell(row, columns, Column.TIME), fields.time()), group.time()),
				first(first(cell(row, columns, Column.RECOGNITION), fields.recognition()), group.recognition()));
	}

	/** The column's text in the row, its cells joined where the header names it twice. */
	private static String cell(SourceLine row, Map<Column, List<Integer>> columns, Column column) {
		List<Integer> at = columns.get(column);
		if (at == null) {
			return null;
		}
		List<String> values = new ArrayList<>();
		for (int i : at) {
			if (i < row.cells().size() && !row.cells().get(i).isBlank()) {
				values.add(row.cells().get(i).strip());
			}
		}
		return values.isEmpty() ? null : Fields.clean(String.join("，", values));
	}

	private static String first(String a, String b) {
		return (a != null && !a.isBlank()) ? a : b;
	}

}
