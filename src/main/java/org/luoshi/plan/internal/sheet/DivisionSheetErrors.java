package org.luoshi.plan.internal.sheet;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.luoshi.notice.MessageFiles;
import org.luoshi.plan.ImportRefusal;
import org.luoshi.plan.internal.ImporterTexts;

import org.springframework.context.MessageSourceResolvable;

/**
 * An uploaded division spreadsheet that cannot be read, with every problem found, each
 * naming its row and column and put into the reader's language where it is shown; the log
 * message lists them in Chinese, and none carries a stack trace.
 */
public class DivisionSheetErrors extends ImportRefusal.UnreadableNotice {

	private final List<SheetError> errors;

	public DivisionSheetErrors(List<SheetError> errors) {
		super("unreadable-notice", log(errors),
				(errors.size() == 1) ? new Object[] { ImporterTexts.resolvable(errors.get(0).described()) }
						: new Object[] { errors.size() });
		this.errors = List.copyOf(errors);
	}

	static DivisionSheetErrors ofFile(String code, Object... arguments) {
		return new DivisionSheetErrors(List.of(SheetError.ofFile(code, arguments)));
	}

	public List<SheetError> errors() {
		return this.errors;
	}

	/**
	 * One problem, or how many there are (each is under {@code errors}).
	 */
	@Override
	public String messageCode() {
		return (this.errors.size() == 1) ? "plan.problem.sheet-error" : "plan.problem.sheet-errors";
	}

	/**
	 * Every problem with its row, column and text.
	 * @param words puts a text into the reader's language
	 */
	public List<Shown> shown(Function<MessageSourceResolvable, String> words) {
		return this.errors.stream()
			.map((error) -> new Shown(error.row(), error.column(), words.apply(ImporterTexts.resolvable(error.text()))))
			.toList();
	}

	@Override
	public Map<String, Object> details(Function<MessageSourceResolvable, String> words) {
		return Map.of("errors", shown(words));
	}

	private static String log(List<SheetError> errors) {
		if (errors.size() == 1) {
			return errors.get(0).describe();
		}
		return MessageFiles.CHINESE.text("plan.sheet.problems", errors.size()) + "\n"
				+ errors.stream().map(SheetError::describe).collect(Collectors.joining("\n"));
	}

	/**
	 * A problem as a page or a problem detail shows it.
	 *
	 * @param row the 1-based row; 0 for the whole file
	 * @param column the column's letter and header; null for the whole row or file
	 * @param message what is wrong and what is expected, in the reader's language
	 */
	public record Shown(int row, String column, String message) {
	}

}
