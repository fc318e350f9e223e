package org.luoshi.notice.internal.read;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Word number formats rendered as a clerk sees them in Word. */
class NumberFormatsTests {

	@Test
	void chineseCountingWritesTensWithoutALeadingOne() {
		assertThat(NumberFormats.format(1, "chineseCounting")).isEqualTo("一");
		assertThat(NumberFormats.format(9, "chineseCounting")).isEqualTo("九");
		assertThat(NumberFormats.format(10, "chineseCounting")).isEqualTo("十");
		assertThat(NumberFormats.format(13, "chineseCounting")).isEqualTo("十三");
		assertThat(NumberFormats.format(20, "chineseCounting")).isEqualTo("二十");
		assertThat(NumberFormats.format(21, "chineseCountingThousand")).isEqualTo("二十一");
	}

	@Test
	void chineseCountingWritesInnerZerosOnce() {
		assertThat(NumberFormats.format(100, "chineseCountingThousand")).isEqualTo("一百");
		assertThat(NumberFormats.format(105, "chineseCountingThousand")).isEqualTo("一百零五");
		assertThat(NumberFormats.format(110, "chineseCountingThousand")).isEqualTo("一百一十");
		assertThat(NumberFormats.format(1005, "chineseCountingThousand")).isEqualTo("一千零五");
		assertThat(NumberFormats.format(10001, "chineseCountingThousand")).isEqualTo("一万零一");
	}

	@Test
	void legalCapitalsKeepTheOneBeforeTen() {
		assertThat(NumberFormats.format(12, "chineseLegalSimplified")).isEqualTo("壹拾贰");
		assertThat(NumberFormats.format(12, "ideographLegalTraditional")).isEqualTo("壹拾貳");
	}

	@Test
	void ideographDigitalWritesDigitByDigit() {
		assertThat(NumberFormats.format(10, "ideographDigital")).isEqualTo("一〇");
		assertThat(NumberFormats.format(2015, "ideographDigital")).isEqualTo("二〇一五");
	}

	@Test
	void enclosedNumbersUseTheirUnicodeForms() {
		assertThat(NumberFormats.format(1, "decimalEnclosedCircle")).isEqualTo("①");
		assertThat(NumberFormats.format(20, "decimalEnclosedCircleChinese")).isEqualTo("⑳");
		assertThat(NumberFormats.format(21, "decimalEnclosedCircle")).isEqualTo("㉑");
		assertThat(NumberFormats.format(50, "decimalEnclosedCircle")).isEqualTo("㊿");
		assertThat(NumberFormats.format(51, "decimalEnclosedCircle")).isEqualTo("51");
		assertThat(NumberFormats.format(3, "decimalEnclosedParen")).isEqualTo("⑶");
		assertThat(NumberFormats.format(3, "decimalEnclosedFullstop")).isEqualTo("⒊");
		assertThat(NumberFormats.format(2, "ideographEnclosedCircle")).isEqualTo("㊁");
	}

	@Test
	void decimalVariants() {
		assertThat(NumberFormats.format(12, "decimal")).isEqualTo("12");
		assertThat(NumberFormats.format(12, "decimalFullWidth")).isEqualTo("１２");
		assertThat(NumberFormats.format(7, "decimalZero")).isEqualTo("07");
		assertThat(NumberFormats.format(7, "someFormatWordMayAddOneDay")).isEqualTo("7");
	}

	@Test
	void lettersAndRomanNumerals() {
		assertThat(NumberFormats.format(1, "upperLetter")).isEqualTo("A");
		assertThat(NumberFormats.format(26, "lowerLetter")).isEqualTo("z");
		assertThat(NumberFormats.format(28, "upperLetter")).isEqualTo("BB");
		assertThat(NumberFormats.format(4, "upperRoman")).isEqualTo("IV");
		assertThat(NumberFormats.format(1994, "lowerRoman")).isEqualTo("mcmxciv");
	}

	@Test
	void cyclicalSigns() {
		assertThat(NumberFormats.format(1, "ideographTraditional")).isEqualTo("甲");
		assertThat(NumberFormats.format(10, "ideographTraditional")).isEqualTo("癸");
		assertThat(NumberFormats.format(12, "ideographZodiac")).isEqualTo("亥");
	}

	@Test
	void bulletsAndNoneRenderNothing() {
		assertThat(NumberFormats.format(1, "bullet")).isEmpty();
		assertThat(NumberFormats.format(1, "none")).isEmpty();
	}

}
