package org.luoshi.implementation;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a milestone falls due, as precisely as the organisation wrote it: a day, a month
 * (by its end), a quarter (by its last day) or a year (by 31 December). {@code by} is the
 * last day on which it is still on time.
 *
 * @param precision how precisely it was written
 * @param by the last day on which the milestone is on time
 */
public record Due(Precision precision, LocalDate by) {

	private static final Pattern QUARTER = Pattern.compile("(\\d{4})-?Q([1-4])", Pattern.CASE_INSENSITIVE);

	/** How precisely a due date was written. */
	public enum Precision {

		DATE("date"), MONTH("month"), QUARTER("quarter"), YEAR("year");

		private final String code;

		Precision(String code) {
			this.code = code;
		}

		public String code() {
			return this.code;
		}

		public static Precision of(String code) {
			for (Precision p : values()) {
				if (p.code.equals(code)) {
					return p;
				}
			}
			throw new IllegalArgumentException("No precision " + code);
		}

	}

	public Due {
		if (precision == null || by == null) {
			throw new IllegalArgumentException("A due date needs its precision and its day");
		}
	}

	public static Due date(LocalDate day) {
		return new Due(Precision.DATE, day);
	}

	public static Due month(YearMonth month) {
		return new Due(Precision.MONTH, month.atEndOfMonth());
	}

	public static Due quarter(int year, int quarter) {
		if (quarter < 1 || quarter > 4) {
			throw new IllegalArgumentException("No quarter " + quarter);
		}
		return new Due(Precision.QUARTER, YearMonth.of(year, quarter * 3).atEndOfMonth());
	}

	public static Due year(int year) {
		return new Due(Precision.YEAR, LocalDate.of(year, 12, 31));
	}

	/**
	 * Reads the form a person or a program writes: {@code 2013-06-30}, {@code 2013-06},
	 * {@code 2013-Q3} or {@code 2013}.
	 * @return null for a text in none of these forms
	 */
	public static Due parse(String text) {
		if (text == null) {
			return null;
		}
		String s = text.strip();
		try {
			if (s.matches("\\d{4}-\\d{1,2}-\\d{1,2}")) {
				String[] p = s.split("-");
				return date(LocalDate.of(Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2])));
			}
			if (s.matches("\\d{4}-\\d{1,2}")) {
				String[] p = s.split("-");
				return month(YearMonth.of(Integer.parseInt(p[0]), Integer.parseInt(p[1])));
			}
			Matcher q = QUARTER.matcher(s);
			if (q.matches()) {
				return quarter(Integer.parseInt(q.group(1)), Integer.parseInt(q.group(2)));
			}
			if (s.matches("\\d{4}")) {
				return year(Integer.parseInt(s));
			}
		}
		catch (java.time.DateTimeException ex) {
			return null;
		}
		return null;
	}

	/** The year it falls in. */
	public int year() {
		return this.by.getYear();
	}

	/** The form {@link #parse} reads back: 2013-06-30, 2013-06, 2013-Q3 or 2013. */
	public String code() {
		return switch (this.precision) {
			case DATE -> this.by.toString();
			case MONTH -> YearMonth.from(this.by).toString();
			case QUARTER -> this.by.getYear() + "-Q" + ((this.by.getMonthValue() + 2) / 3);
			case YEAR -> String.valueOf(this.by.getYear());
		};
	}

	/** Whether it has passed on this day without being met. */
	public boolean passedOn(LocalDate day) {
		return day.isAfter(this.by);
	}

}
