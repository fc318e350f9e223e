package org.luoshi.plan.internal.sheet;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The problems found in one sheet, each at its row and column as the uploaded sheet has
 * them; after {@link #MAX_LISTED} only counted, so that a sheet of garbage gives a
 * readable answer.
 */
final class SheetProblems {

	static final int MAX_LISTED = 200;

	private final List<SheetError> errors = new ArrayList<>();

	private final int[] columns;

	private int unlisted;

	/**
	 * @param columns where each {@link SheetColumn} stands in the uploaded sheet, by
	 * ordinal
	 */
	SheetProblems(int[] columns) {
		this.columns = columns.clone();
	}

	/**
	 * A problem in a cell: its text under {@code plan.sheet.<code>} with its arguments.
	 */
	void at(int row, SheetColumn column, String code, Object... arguments) {
		add(SheetError.at(row, column.at(this.columns[column.ordinal()]), code, arguments));
	}

	void add(SheetError error) {
		if (this.errors.size() < MAX_LISTED) {
			this.errors.add(error);
		}
		else {
			this.unlisted++;
		}
	}

	/** How many problems were found so far, listed or not. */
	int count() {
		return this.errors.size() + this.unlisted;
	}

	boolean any() {
		return !this.errors.isEmpty();
	}

	DivisionSheetErrors exception() {
		List<SheetError> all = new ArrayList<>(this.errors);
		// rows were read, then grouped into chapters: show the problems top to bottom
		all.sort(Comparator.comparingInt(SheetError::row));
		if (this.unlisted > 0) {
			all.add(SheetError.ofFile("unlisted", this.unlisted));
		}
		return new DivisionSheetErrors(all);
	}

}
