package org.luoshi.reporting;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import com.fasterxml.jackson.annotation.JsonValue;
import org.luoshi.common.Worded;

/**
 * What a cycle reports on: a year, a half-year or a quarter of a year, as the notice's
 * rhythm orders (每年、每半年、每季度). Known by a code — {@code 2011}, {@code 2011-H1},
 * {@code 2011-Q3} — and named in words by {@code reporting.period.<rhythm>} with the year
 * and the number.
 *
 * @param number which half-year or quarter, 1 for a year
 */
public record ReportingPeriod(int year, Rhythm rhythm, int number) implements Comparable<ReportingPeriod> {

	/** How often a plan's organisations report. */
	public enum Rhythm implements Worded {

		YEARLY("yearly", "", 1), HALF_YEARLY("half-yearly", "H", 2), QUARTERLY("quarterly", "Q", 4);

		private final String code;

		private final String letter;

		private final int perYear;

		Rhythm(String code, String letter, int perYear) {
			this.code = code;
			this.letter = letter;
			this.perYear = perYear;
		}

		@JsonValue
		public String code() {
			return this.code;
		}

		public int perYear() {
			return this.perYear;
		}

		@Override
		public String wordCode() {
			return "reporting.rhythm." + this.code;
		}

		/** The rhythm with this code (yearly, half-yearly, quarterly); null for none. */
		public static Rhythm of(String code) {
			if (code == null || code.isBlank()) {
				return null;
			}
			return Arrays.stream(values())
				.filter((r) -> r.code.equals(code.strip()))
				.findFirst()
				.orElseThrow(() -> new CycleRefusal.UnknownRhythm(code));
		}

	}

	public ReportingPeriod {
		if (number < 1 || number > rhythm.perYear) {
			throw new CycleRefusal.PeriodOutOfRange(rhythm, number);
		}
	}

	/** The whole year. */
	public static ReportingPeriod year(int year) {
		return new ReportingPeriod(year, Rhythm.YEARLY, 1);
	}

	/** Every period of the year in the rhythm, in order. */
	public static List<ReportingPeriod> of(int year, Rhythm rhythm) {
		return IntStream.rangeClosed(1, rhythm.perYear).mapToObj((n) -> new ReportingPeriod(year, rhythm, n)).toList();
	}

	/**
	 * The period a code names: {@code 2011}, {@code 2011-H2}, {@code 2011-Q3}.
	 * @throws CycleRefusal.UnknownPeriod for anything else
	 */
	public static ReportingPeriod parse(String code) {
		String written = (code != null) ? code.strip().toUpperCase(java.util.Locale.ROOT) : "";
		try {
			int dash = written.indexOf('-');
			if (dash < 0) {
				return year(Integer.parseInt(written));
			}
			int year = Integer.parseInt(written.substring(0, dash));
			String part = written.substring(dash + 1);
			Rhythm rhythm = part.startsWith("Q") ? Rhythm.QUARTERLY : part.startsWith("H") ? Rhythm.HALF_YEARLY : null;
			if (rhythm == null) {
				throw new CycleRefusal.UnknownPeriod(code);
			}
			return new ReportingPeriod(year, rhythm, Integer.parseInt(part.substring(1)));
		}
		catch (NumberFormatException ex) {
			throw new CycleRefusal.UnknownPeriod(code);
		}
	}

	public LocalDate firstDay() {
		return LocalDate.of(this.year, (this.number - 1) * months() + 1, 1);
	}

	public LocalDate lastDay() {
		return firstDay().plusMonths(months()).minusDays(1);
	}

	/**
	 * Whether the period ends the year: its report is the year's last, the one the yearly
	 * evaluation reads and the one that carries the year's indicator figures.
	 */
	public boolean closesYear() {
		return this.number == this.rhythm.perYear;
	}

	@JsonValue
	public String code() {
		return (this.rhythm == Rhythm.YEARLY) ? String.valueOf(this.year)
				: this.year + "-" + this.rhythm.letter + this.number;
	}

	/** The message that names it in words: 2011 年第三季度, 2011 Q3. */
	public String messageKey() {
		return "reporting.period." + this.rhythm.code;
	}

	/** The year as written (never grouped as 2,011) and the number. */
	public Object[] messageArguments() {
		return new Object[] { String.valueOf(this.year), this.number };
	}

	@Override
	public int compareTo(ReportingPeriod other) {
		int byStart = firstDay().compareTo(other.firstDay());
		return (byStart != 0) ? byStart : Integer.compare(other.rhythm.perYear, this.rhythm.perYear);
	}

	@Override
	public String toString() {
		return code();
	}

	private int months() {
		return 12 / this.rhythm.perYear;
	}

}
