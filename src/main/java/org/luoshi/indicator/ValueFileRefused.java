package org.luoshi.indicator;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.context.MessageSourceResolvable;

/**
 * A file of yearly figures refused as a whole, with every error found: nothing of it was
 * kept. Its name keeps the older word: the API names a refusal by its class
 * ({@code "refusal": "ValueFileRefused"}), and clients match on it.
 */
public class ValueFileRefused extends IndicatorRefusal {

	private final List<RowError> errors;

	public ValueFileRefused(String fileName, List<RowError> errors) {
		super(Kind.INVALID, "value-file-refused",
				fileName + " has " + errors.size() + " errors, first at row " + errors.get(0).row() + " column "
						+ errors.get(0).column() + ": " + errors.get(0).refusal().getMessage(),
				fileName, String.valueOf(errors.size()));
		this.errors = List.copyOf(errors);
	}

	public List<RowError> errors() {
		return this.errors;
	}

	@Override
	public Map<String, Object> details(Function<MessageSourceResolvable, String> words) {
		return Map.of("errors",
				this.errors.stream()
					.map((e) -> new CellError(e.row(), e.column(), e.refusal().rejected(), words.apply(e.refusal())))
					.toList());
	}

	/**
	 * One rejected cell: its row as a spreadsheet numbers it, its column by the file's
	 * header.
	 */
	public record CellError(int row, String column, Object rejectedValue, String message) {
	}

	/** A file that is neither CSV text nor an .xlsx workbook, or has no header. */
	public static class Unreadable extends IndicatorRefusal {

		public Unreadable(String fileName) {
			super(Kind.INVALID, "value-file-unreadable", fileName + " is neither CSV nor an .xlsx workbook", fileName);
		}

	}

	/** An .xlsx that unpacks to more than any file of figures could (a zip bomb). */
	public static class ZipBomb extends IndicatorRefusal {

		public ZipBomb(String fileName, long limitMegabytes) {
			super(Kind.TOO_LARGE, "value-file-zip-bomb", fileName + " unpacks beyond " + limitMegabytes + " MB",
					fileName, String.valueOf(limitMegabytes));
		}

	}

}
