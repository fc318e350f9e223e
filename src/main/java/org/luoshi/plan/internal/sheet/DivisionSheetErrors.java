package org.luoshi.plan.internal.sheet;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.luoshi.plan.ImportRefusal;

import org.springframework.context.MessageSourceResolvable;

/**
 * An uploaded division spreadsheet that cannot be read, with every problem found, each
 * naming its row and column; the message lists them in Chinese and never carries a stack
 * trace.
 */
public class DivisionSheetErrors extends ImportRefusal.UnreadableNotice {

	private final List<SheetError> errors;

	public DivisionSheetErrors(List<SheetError> errors) {
		super("unreadable-notice", message(errors), message(errors));
		this.errors = List.copyOf(errors);
	}

	static DivisionSheetErrors ofFile(String message) {
		return new DivisionSheetErrors(List.of(SheetError.ofFile(message)));
	}

	public List<SheetError> errors() {
		return errors;
	}

	@Override
	public Map<String, Object> details(Function<MessageSourceResolvable, String> words) {
		return Map.of("errors", this.errors);
	}

	private static String message(List<SheetError> errors) {
		if (errors.size() == 1) {
			return errors.get(0).describe();
		}
		return "分工表有 " + errors.size() + " 处问题：\n"
				+ errors.stream().map(SheetError::describe).collect(Collectors.joining("\n"));
	}

}
