package org.luoshi.plan.internal.sheet;

import java.util.List;
import java.util.stream.Collectors;

/**
 * An uploaded division spreadsheet that cannot be read, with every problem found, each
 * naming its row and column; the message lists them in Chinese and never carries a stack
 * trace.
 */
public class DivisionSheetErrors extends RuntimeException {

	private final List<SheetError> errors;

	public DivisionSheetErrors(List<SheetError> errors) {
		super(message(errors));
		this.errors = List.copyOf(errors);
	}

	static DivisionSheetErrors ofFile(String message) {
		return new DivisionSheetErrors(List.of(SheetError.ofFile(message)));
	}

	public List<SheetError> errors() {
		return errors;
	}

	private static String message(List<SheetError> errors) {
		if (errors.size() == 1) {
			return errors.get(0).describe();
		}
		return "分工表有 " + errors.size() + " 处问题：\n"
				+ errors.stream().map(SheetError::describe).collect(Collectors.joining("\n"));
	}

}
