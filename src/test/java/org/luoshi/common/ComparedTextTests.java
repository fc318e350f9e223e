package org.luoshi.common;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ComparedTextTests {

	@Test
	void makesFullWidthParenthesesAndSpacesIrrelevant() {
		assertThat(ComparedText.of("各市 （州）政府")).isEqualTo("各市(州)政府");
		assertThat(ComparedText.of("各市（州）政府")).isEqualTo(ComparedText.of("各市(州)政府"));
	}

	@Test
	void removesEveryKindOfWhiteSpace() {
		assertThat(ComparedText.of(" 省发展\u3000改革委\t\n\u00A0\u200B\uFEFF")).isEqualTo("省发展改革委");
	}

	@Test
	void removesPrivateUseCharacters() {
		assertThat(ComparedText.of("1\uE010加大经济合作力度")).isEqualTo("1加大经济合作力度");
		assertThat(ComparedText.of("省\uDB80\uDC00农委")).isEqualTo("省农委");
	}

	@Test
	void turnsFullWidthDigitsAndLettersIntoAscii() {
		assertThat(ComparedText.of("１６％ ＡＢＣ")).isEqualTo("16%ABC");
	}

	@Test
	void keepsDifferentNamesDifferent() {
		assertThat(ComparedText.of("省发改委")).isNotEqualTo(ComparedText.of("省发展改革委"));
		assertThat(ComparedText.of("abc")).isNotEqualTo(ComparedText.of("ABC"));
	}

	@Test
	void comparesNothingAsTheEmptyText() {
		assertThat(ComparedText.of(null)).isEmpty();
		assertThat(ComparedText.of(" \u3000\uE010")).isEmpty();
	}

}
