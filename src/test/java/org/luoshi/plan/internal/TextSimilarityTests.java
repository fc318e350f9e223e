package org.luoshi.plan.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * How alike two task texts are: the same words score 1 whatever their width, spacing and
 * punctuation; a city's shortened wording of a provincial task scores well above the
 * threshold, unrelated work well below it.
 */
class TextSimilarityTests {

	@Test
	void theSameWordsInAnyWidthSpacingOrPunctuationScoreOne() {
		assertThat(TextSimilarity.score("单位地区生产总值能源消耗降低16％。", "单位地区生产总值能源消耗降低 16%")).isCloseTo(1.0, within(1e-9));
	}

	@Test
	void nothingInCommonScoresNothingAndAnEmptyTextToo() {
		assertThat(TextSimilarity.score("耕地保有量", "公路运输网")).isZero();
		assertThat(TextSimilarity.score("", "公路运输网")).isZero();
		assertThat(TextSimilarity.score((String) null, (String) null)).isZero();
	}

	@Test
	void aCitysShortenedWordingReadsLikeTheProvincesTaskAndOtherWorkDoesNot() {
		String province = "全面提高防洪抗旱减灾水平。进一步完善大江大河防洪抗旱减灾体系，推进重要支流和中小河流治理。加快提高城乡供水能力。";
		assertThat(TextSimilarity.score("全面提高防洪抗旱减灾水平，推进浑江等重要支流和中小河流治理，加快城乡供水工程建设。", province))
			.isGreaterThan(TextSimilarity.THRESHOLD + 0.2);
		assertThat(TextSimilarity.score("办好中国通化葡萄酒节，做大做强山葡萄酒产业集群。", province)).isLessThan(TextSimilarity.THRESHOLD);
	}

	@Test
	void itIsSymmetric() {
		String a = "构建高效、安全、便捷的公路运输网。";
		String b = "构建高效、安全、便捷的公路运输网，加快通化至丹东高速公路建设。";
		assertThat(TextSimilarity.score(a, b)).isEqualTo(TextSimilarity.score(b, a));
	}

}
