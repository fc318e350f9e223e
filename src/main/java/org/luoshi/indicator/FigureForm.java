package org.luoshi.indicator;

import org.luoshi.common.Vocabulary;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;
import org.luoshi.common.ComparedText;
import org.luoshi.common.Worded;

/**
 * The form a figure was entered in (口径). Most figures are a level (553 万公顷, 0.93
 * 吨标准煤/万元). Statistics bureaus publish the intensities of a reduce- or
 * increase-by-percent target as the year's rate instead (单位地区生产总值能耗降低3.5％) or, in
 * summaries, as the change since the baseline year (两年累计下降5.54％); those two forms are
 * percentages, a reduction counted positive for a reduce-by-percent indicator and a rise
 * for an increase-by-percent one. Each form is known by its code and by the words the
 * offices write.
 */
@Vocabulary("the words statistical yearbooks and offices write for the form of a figure in a file's column, read, never shown")
public enum FigureForm implements Worded {

	/** The level reached. */
	LEVEL("level", "水平值", "绝对值", "数值", "水平", "绝对数"),

	/** The change from the year before, in percent. */
	YEARLY_RATE("yearly-rate", "当年", "当年降低率", "当年下降率", "当年增长率", "年度降低率", "年度下降率", "年度增长率", "比上年", "年率"),

	/** The change since the baseline year, in percent. */
	CUMULATIVE_CHANGE("cumulative-change", "累计", "累计降低率", "累计下降率", "累计增长率", "累计下降", "累计降低", "累计增长", "累计变化");

	private final String code;

	private final List<String> words;

	FigureForm(String code, String... words) {
		this.code = code;
		this.words = List.of(words);
	}

	@JsonValue
	public String code() {
		return this.code;
	}

	@Override
	public String wordCode() {
		return "indicator.form." + this.code;
	}

	/** A rate or a change rather than a level. */
	public boolean relative() {
		return this != LEVEL;
	}

	/** The form with this code or word, compared after normalisation. */
	public static Optional<FigureForm> of(String text) {
		String compared = ComparedText.of(text).toLowerCase(Locale.ROOT);
		return Arrays.stream(values())
			.filter((f) -> f.code.equals(compared) || f.words.stream().map(ComparedText::of).anyMatch(compared::equals))
			.findFirst();
	}

}
