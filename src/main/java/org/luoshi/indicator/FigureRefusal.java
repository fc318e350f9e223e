package org.luoshi.indicator;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.context.MessageSourceResolvable;

/**
 * A yearly figure refused, naming the field (or, in a file, the column) that is wrong and
 * what was given.
 */
public abstract class FigureRefusal extends IndicatorRefusal {

	private final String field;

	private final String rejected;

	protected FigureRefusal(String field, String rejected, String code, String message, Object... arguments) {
		super(Kind.INVALID, code, message, arguments);
		this.field = field;
		this.rejected = rejected;
	}

	/**
	 * The field of the entry: indicator, region, year, value, status, source,
	 * revisionReason.
	 */
	public String field() {
		return this.field;
	}

	public String rejected() {
		return this.rejected;
	}

	@Override
	public Map<String, Object> details(Function<MessageSourceResolvable, String> words) {
		return Map.of("errors", List.of(new FieldError(this.field, this.rejected, words.apply(this))));
	}

	/** The wrong field as the problem lists it, like a rejected field of a form. */
	public record FieldError(String field, Object rejectedValue, String message) {
	}

	/** A field that must be given is empty. */
	public static class Missing extends FigureRefusal {

		public Missing(String field) {
			super(field, null, "value-missing", "The field " + field + " is required");
		}

	}

	/** Not a number: words, units or notes where only digits belong (约553, 553万). */
	public static class NotANumber extends FigureRefusal {

		public NotANumber(String field, String text) {
			super(field, text, "value-not-a-number", "Not a number: " + text, text);
		}

	}

	/**
	 * A figure no indicator in this unit can have (a share above 100 %, a negative area).
	 */
	public static class OutOfBounds extends FigureRefusal {

		public OutOfBounds(BigDecimal value, String unit, BigDecimal lowest, BigDecimal highest) {
			super("value", plain(value), (highest != null) ? "value-out-of-bounds" : "value-below-lowest",
					"The value " + value + " lies outside " + lowest + "…" + highest + " " + unit, plain(value),
					(unit != null) ? unit : "", plain(lowest), plain(highest));
		}

	}

	/** A year outside the plan period and the year either side of it. */
	public static class YearOutsidePeriod extends FigureRefusal {

		public YearOutsidePeriod(int year, int from, int to) {
			super("year", String.valueOf(year), "year-outside-period",
					"The year " + year + " lies outside " + from + "–" + to, String.valueOf(year), String.valueOf(from),
					String.valueOf(to));
		}

	}

	/**
	 * A figure for a region and year that has one already, without saying why it changes.
	 */
	public static class RevisionReasonRequired extends FigureRefusal {

		public RevisionReasonRequired(String current, int year) {
			super("revisionReason", null, "revision-reason-required",
					"A figure for " + year + " exists (" + current + "); a revision needs a reason", current,
					String.valueOf(year));
		}

	}

	/** A status other than preliminary, final or revised. */
	public static class UnknownFigureStatus extends FigureRefusal {

		public UnknownFigureStatus(String text) {
			super("status", text, "unknown-figure-status", "Unknown figure status " + text, text);
		}

	}

	/** A form other than level, yearly rate or cumulative change. */
	public static class UnknownFigureForm extends FigureRefusal {

		public UnknownFigureForm(String text) {
			super("form", text, "unknown-figure-form", "Unknown figure form " + text, text);
		}

	}

	/**
	 * A rate or a change for an indicator that is not a reduce- or increase-by-percent
	 * one: its figures are levels.
	 */
	public static class FormNotForKind extends FigureRefusal {

		public FormNotForKind(FigureForm form, String indicator) {
			super("form", form.code(), "form-not-for-kind",
					"The indicator " + indicator + " takes levels only, not " + form.code(), indicator, form);
		}

	}

	/** A region the indicator does not apply to: neither its own nor a city within it. */
	public static class RegionNotCovered extends FigureRefusal {

		public RegionNotCovered(String region, String indicator) {
			super("region", region, "region-not-covered", "The indicator " + indicator + " does not apply to " + region,
					region, indicator);
		}

	}

	/** A file row naming an indicator the plan does not have. */
	public static class UnknownIndicator extends FigureRefusal {

		public UnknownIndicator(String name) {
			super("indicator", name, "unknown-indicator", "The plan has no indicator called " + name, name);
		}

	}

}
