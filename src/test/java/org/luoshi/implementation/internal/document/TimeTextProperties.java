package org.luoshi.implementation.internal.document;

import java.time.LocalDate;
import java.time.YearMonth;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.luoshi.implementation.Due;

import static org.assertj.core.api.Assertions.assertThat;

/** Every way of writing a year, month, quarter or day maps to the right last day. */
class TimeTextProperties {

	private static final String DIGITS = "〇一二三四五六七八九";

	private static final String[] QUARTERS = { "一", "二", "三", "四" };

	@Property
	void aMonthIsDueOnItsLastDay(@ForAll @IntRange(min = 1990, max = 2099) int year,
			@ForAll @IntRange(min = 1, max = 12) int month, @ForAll("monthEnds") String end,
			@ForAll("yearForms") boolean chineseYear) {
		Due due = TimeText.parse(written(year, chineseYear) + "年" + month + "月" + end);

		assertThat(due).isEqualTo(new Due(Due.Precision.MONTH, YearMonth.of(year, month).atEndOfMonth()));
	}

	@Property
	void aQuarterIsDueOnTheLastDayOfItsThirdMonth(@ForAll @IntRange(min = 1990, max = 2099) int year,
			@ForAll @IntRange(min = 1, max = 4) int quarter, @ForAll boolean ordinal, @ForAll boolean chineseNumber,
			@ForAll("quarterEnds") String end) {
		String q = chineseNumber ? QUARTERS[quarter - 1] : String.valueOf(quarter);
		Due due = TimeText.parse(year + "年" + (ordinal ? "第" : "") + q + "季度" + end);

		assertThat(due.precision()).isEqualTo(Due.Precision.QUARTER);
		assertThat(due.by()).isEqualTo(YearMonth.of(year, quarter * 3).atEndOfMonth());
	}

	@Property
	void aYearIsDueOnTheThirtyFirstOfDecember(@ForAll @IntRange(min = 1990, max = 2099) int year,
			@ForAll("yearEnds") String end, @ForAll("yearForms") boolean chineseYear) {
		Due due = TimeText.parse("力争" + written(year, chineseYear) + "年" + end + "完成");

		assertThat(due).isEqualTo(Due.year(year));
	}

	@Property
	void aDayIsDueThatDay(@ForAll @IntRange(min = 1990, max = 2099) int year,
			@ForAll @IntRange(min = 1, max = 365) int dayOfYear, @ForAll boolean before) {
		LocalDate day = LocalDate.ofYearDay(year, dayOfYear);
		Due due = TimeText
			.parse(year + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日" + (before ? "前" : ""));

		assertThat(due).isEqualTo(Due.date(day));
	}

	@Property
	void aRangeOfYearsIsDueAtItsEnd(@ForAll @IntRange(min = 1990, max = 2090) int from,
			@ForAll @IntRange(min = 1, max = 9) int length, @ForAll("dashes") String dash) {
		Due due = TimeText.parse(from + dash + (from + length) + "年");

		assertThat(due).isEqualTo(Due.year(from + length));
	}

	@Property
	void aTextWithoutTimeHasNone(@ForAll("prose") String text) {
		assertThat(TimeText.find(text, 2013)).isEmpty();
	}

	@Example
	void openEndedWordsAreRecognisedAndGiveNoTime() {
		for (String text : new String[] { "长期坚持", "持续推进", "每年" }) {
			assertThat(TimeText.openEnded(text)).isTrue();
			assertThat(TimeText.parse(text)).isNull();
		}
	}

	@Example
	void aMonthWithoutYearTakesTheContextsYear() {
		assertThat(TimeText.find("6月底前完成", 2015)).singleElement()
			.satisfies((f) -> assertThat(f.due()).isEqualTo(Due.month(YearMonth.of(2015, 6))));
		assertThat(TimeText.find("6月底前完成", null)).singleElement().satisfies((f) -> assertThat(f.due()).isNull());
	}

	@Example
	void aChineseNumeralInsideAWordIsNoMonth() {
		assertThat(TimeText.find("建立统一月报制度", 2013)).isEmpty();
		assertThat(TimeText.find("于三月底前完成", 2013)).singleElement()
			.satisfies((f) -> assertThat(f.due()).isEqualTo(Due.month(YearMonth.of(2013, 3))));
	}

	@Example
	void aBaselineYearInRunningTextIsNoLimitButADeadlineIs() {
		assertThat(TimeText.find("比2010年增长10%，到2015年达到50%", null)).extracting(TimeText.Found::limit)
			.containsExactly(false, true);
	}

	@Provide
	Arbitrary<String> monthEnds() {
		return Arbitraries.of("", "底", "底前", "末", "份", "底之前", "前");
	}

	@Provide
	Arbitrary<String> quarterEnds() {
		return Arbitraries.of("", "末", "底", "末前");
	}

	@Provide
	Arbitrary<String> yearEnds() {
		return Arbitraries.of("", "底", "底前", "末", "内", "年底前".substring(1));
	}

	@Provide
	Arbitrary<Boolean> yearForms() {
		return Arbitraries.of(true, false);
	}

	@Provide
	Arbitrary<String> dashes() {
		return Arbitraries.of("—", "-", "–", "～", "至", "年—", "年至");
	}

	@Provide
	Arbitrary<String> prose() {
		return Arbitraries.strings().withChars("推进建设加快完善体系农业科技资源整合示范应用，。、（）的和与").ofMinLength(0).ofMaxLength(40);
	}

	private static String written(int year, boolean chinese) {
		if (!chinese) {
			return String.valueOf(year);
		}
		StringBuilder out = new StringBuilder();
		for (char c : String.valueOf(year).toCharArray()) {
			out.append(DIGITS.charAt(c - '0'));
		}
		return out.toString();
	}

}
