package org.luoshi.plan.internal.sheet;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.luoshi.common.ComparedText;
import org.luoshi.notice.OrganisationKinds;
import org.luoshi.notice.ResponsibilityMode;
import org.luoshi.notice.ResponsibilityRole;
import org.luoshi.notice.ResponsibleOrganisation;
import org.luoshi.notice.TaskDraft;

/**
 * Reads one row of the sheet into a task, checking each cell and reporting every problem
 * at its row and column: empty text, a malformed or repeated 序号, an unknown 方式 or role
 * word, a 牵头单位 not among the 责任单位, a 原文行号 that is not a number, an empty 章.
 */
final class RowReader {

	private static final Pattern CODE = Pattern.compile("\\d{1,4}\\.\\d{1,4}\\.\\d{1,5}");

	private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

	private final int[] columns;

	private final SheetProblems problems;

	private final Map<String, Integer> codes = new HashMap<>();

	RowReader(int[] columns, SheetProblems problems) {
		this.columns = columns.clone();
		this.problems = problems;
	}

	/** The row read, or null when it is blank. */
	SheetEntry read(SheetRow row) {
		int n = row.number();
		String code = withoutSpace(Normalizer.normalize(cell(row, SheetColumn.CODE), Normalizer.Form.NFKC));
		String chapter = cell(row, SheetColumn.CHAPTER);
		String section = cell(row, SheetColumn.SECTION);
		String text = cell(row, SheetColumn.TASK);
		String lead = withoutSpace(cell(row, SheetColumn.LEAD));
		String responsible = cell(row, SheetColumn.RESPONSIBLE);
		String mode = withoutSpace(cell(row, SheetColumn.MODE));
		String line = Normalizer.normalize(cell(row, SheetColumn.LINE), Normalizer.Form.NFKC).strip();
		boolean heading = code.isEmpty() && text.isEmpty() && lead.isEmpty() && responsible.isEmpty() && mode.isEmpty()
				&& line.isEmpty();
		if (heading && chapter.isEmpty() && section.isEmpty()) {
			return null;
		}
		int before = this.problems.count();
		if (chapter.isEmpty()) {
			this.problems.at(n, SheetColumn.CHAPTER, "chapter-empty");
		}
		if (heading) {
			return new SheetEntry(n, chapter, section, null, false, null);
		}
		if (text.isEmpty()) {
			this.problems.at(n, SheetColumn.TASK, "task-empty");
		}
		String id = code(n, code);
		ResponsibilityMode responsibility = mode(n, mode);
		int beforeNames = this.problems.count();
		ResponsibleCell.Parsed parsed = ResponsibleCell.parse(responsible,
				(problem, arguments) -> this.problems.at(n, SheetColumn.RESPONSIBLE, problem, arguments));
		if (parsed.names().isEmpty() && this.problems.count() == beforeNames) {
			this.problems.at(n, SheetColumn.RESPONSIBLE, "responsible-empty");
		}
		int source = line(n, line);
		List<ResponsibleOrganisation> organisations = organisations(n, parsed.names(), lead, responsibility);
		if (this.problems.count() > before) {
			return new SheetEntry(n, chapter, section, id, true, null);
		}
		String leadName = organisations.stream()
			.filter(o -> o.role() == ResponsibilityRole.LEAD)
			.map(ResponsibleOrganisation::name)
			.filter(name -> lead.isEmpty() || ComparedText.of(name).equals(ComparedText.of(lead)))
			.findFirst()
			.orElse(null);
		String clause = ClauseWriter.clause(responsibility, organisations, parsed.openEnded());
		return new SheetEntry(n, chapter, section, id, true,
				new TaskDraft(id, text, clause, responsibility, organisations, leadName, parsed.openEnded(), source));
	}

	private String code(int n, String code) {
		if (code.isEmpty()) {
			this.problems.at(n, SheetColumn.CODE, "code-empty");
			return null;
		}
		if (!CODE.matcher(code).matches()) {
			this.problems.at(n, SheetColumn.CODE, "code-malformed", code);
			return null;
		}
		Integer first = this.codes.putIfAbsent(code, n);
		if (first != null) {
			this.problems.at(n, SheetColumn.CODE, "code-repeated", code, first);
			return null;
		}
		return code;
	}

	private ResponsibilityMode mode(int n, String word) {
		ResponsibilityMode mode = SheetWords.mode(word);
		if (mode == null) {
			if (word.isEmpty()) {
				this.problems.at(n, SheetColumn.MODE, "mode-empty", SheetWords.MODE_WORDS);
			}
			else {
				this.problems.at(n, SheetColumn.MODE, "mode-unknown", word, SheetWords.MODE_WORDS);
			}
		}
		return mode;
	}

	private int line(int n, String line) {
		if (line.isEmpty()) {
			return 0;
		}
		if (line.matches("\\d{1,7}") && Integer.parseInt(line) >= 1) {
			return Integer.parseInt(line);
		}
		this.problems.at(n, SheetColumn.LINE, "line-not-a-number", line);
		return 0;
	}

	/**
	 * The organisations with their roles: the 牵头单位 leads, a name with a role word has
	 * that role, every other name the role its task's mode implies (mode null: the row is
	 * refused anyway, only the names are checked).
	 */
	private List<ResponsibleOrganisation> organisations(int n, List<ResponsibleCell.Named> names, String lead,
			ResponsibilityMode mode) {
		ResponsibilityRole implied = (mode == null) ? ResponsibilityRole.RESPONSIBLE : SheetWords.impliedRole(mode);
		boolean leadFound = lead.isEmpty();
		List<ResponsibleOrganisation> organisations = new ArrayList<>();
		for (ResponsibleCell.Named named : names) {
			ResponsibilityRole written = (named.roleWord() == null) ? null : SheetWords.role(named.roleWord());
			ResponsibilityRole role = (written != null) ? written : implied;
			if (!lead.isEmpty() && ComparedText.of(named.name()).equals(ComparedText.of(lead))) {
				leadFound = true;
				if (written != null && written != ResponsibilityRole.LEAD) {
					this.problems.at(n, SheetColumn.LEAD, "lead-marked-otherwise", lead, named.roleWord());
				}
				role = ResponsibilityRole.LEAD;
			}
			organisations.add(organisation(named.name(), role));
		}
		if (!leadFound) {
			this.problems.at(n, SheetColumn.LEAD, "lead-not-responsible", lead);
		}
		return organisations;
	}

	/**
	 * Kinds from the name alone; the directory resolves the names when the import is
	 * confirmed.
	 */
	static ResponsibleOrganisation organisation(String name, ResponsibilityRole role) {
		String kind = name.endsWith(SheetWords.GOVERNMENT) ? OrganisationKinds.CITY_GOVERNMENT
				: OrganisationKinds.PROVINCIAL_UNIT;
		return new ResponsibleOrganisation(name, role, kind, name.startsWith(SheetWords.EACH), List.of());
	}

	static String withoutSpace(String text) {
		return WHITE_SPACE.matcher(text).replaceAll("");
	}

	private String cell(SheetRow row, SheetColumn column) {
		return row.cell(this.columns[column.ordinal()]).strip();
	}

}
