package org.luoshi.plan.internal.sheet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.luoshi.notice.MessageFiles;
import org.luoshi.notice.NoticeMessage;

/**
 * One problem in an uploaded division spreadsheet, where an office can find it, and what
 * is wrong: the key of its text under {@code plan.sheet} in the message files and the
 * arguments the text needs, so that each reader gets it in their language.
 *
 * @param row the 1-based row as Excel numbers it; 0 when the problem concerns the whole
 * file
 * @param column the column's letter and header, e.g. D（任务）; null when the problem
 * concerns the whole row or file
 * @param code what is wrong, the last part of its message code ({@code task-empty})
 * @param arguments what the text needs, in its order
 */
public record SheetError(int row, String column, String code, List<Object> arguments) {

	public SheetError {
		arguments = Collections.unmodifiableList(new ArrayList<>(arguments));
	}

	static SheetError at(int row, String column, String code, Object... arguments) {
		return new SheetError(row, column, code, Arrays.asList(arguments));
	}

	static SheetError ofFile(String code, Object... arguments) {
		return at(0, null, code, arguments);
	}

	/** What is wrong and what is expected: {@code plan.sheet.<code>}. */
	public NoticeMessage text() {
		return new NoticeMessage("plan.sheet." + this.code, this.arguments);
	}

	/** The problem in one line with where it is: 第 3 行 D（任务）：任务内容为空. */
	public NoticeMessage described() {
		if (this.row <= 0) {
			return text();
		}
		return (this.column == null) ? NoticeMessage.of("plan.sheet.at-row", this.row, text())
				: NoticeMessage.of("plan.sheet.at-cell", this.row, this.column, text());
	}

	/** The problem in one line, in Chinese, for the log. */
	public String describe() {
		return MessageFiles.CHINESE.text(described());
	}

}
