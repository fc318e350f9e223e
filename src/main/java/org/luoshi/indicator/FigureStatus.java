package org.luoshi.indicator;

import org.luoshi.common.Vocabulary;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;
import org.luoshi.common.ComparedText;

/**
 * How final a yearly figure is: a preliminary figure (初步数, 快报) is replaced by the final
 * one from the statistical yearbook, and a published figure may later be revised (after a
 * census, say). Each status is known by its code and by the words the offices write.
 */
@Vocabulary("the words a figures file uses for a figure's status, read, never shown")
public enum FigureStatus {

	PRELIMINARY("preliminary", "初步", "初步数", "快报", "快报数"),

	FINAL("final", "最终", "最终数", "正式", "正式数", "终值"),

	REVISED("revised", "修订", "修订数", "修正");

	private final String code;

	private final List<String> words;

	FigureStatus(String code, String... words) {
		this.code = code;
		this.words = List.of(words);
	}

	@JsonValue
	public String code() {
		return this.code;
	}

	/** The status with this code or word, compared after normalisation. */
	public static Optional<FigureStatus> of(String text) {
		String compared = ComparedText.of(text).toLowerCase(Locale.ROOT);
		return Arrays.stream(values())
			.filter((s) -> s.code.equals(compared) || s.words.stream().map(ComparedText::of).anyMatch(compared::equals))
			.findFirst();
	}

}
