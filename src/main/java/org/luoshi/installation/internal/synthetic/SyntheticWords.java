package org.luoshi.installation.internal.synthetic;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The words generated plans are made of, read from
 * {@code installation/synthetic-words.tsv}, and the wordings of progress reports the demo
 * uses ({@code demo/report-texts.tsv}).
 */
record SyntheticWords(List<Department> departments, List<String> chapters, List<String> verbs, List<String> objects,
		List<String> aims, List<IndicatorWord> indicators, List<String> syllables,
		Map<String, List<String>> reportTexts) {

	/** A department every government has, its names as patterns. */
	record Department(String kind, String official, String shortName) {

		String official(String region) {
			return this.official.replace("{r}", region);
		}

		String shortName(String levelWord) {
			return this.shortName.replace("{l}", levelWord);
		}

	}

	/** An indicator a plan may set, with a typical baseline and target. */
	record IndicatorWord(String name, String unit, String kind, boolean binding, BigDecimal baseline,
			BigDecimal target) {
	}

	static SyntheticWords read() {
		List<Department> departments = new ArrayList<>();
		List<String> chapters = new ArrayList<>();
		List<String> verbs = new ArrayList<>();
		List<String> objects = new ArrayList<>();
		List<String> aims = new ArrayList<>();
		List<IndicatorWord> indicators = new ArrayList<>();
		List<String> syllables = new ArrayList<>();
		lines("installation/synthetic-words.tsv", (cells) -> {
			switch (cells[0]) {
				case "department" -> departments.add(new Department(cells[1], cells[2], cells[3]));
				case "chapter" -> chapters.add(cells[1]);
				case "verb" -> verbs.add(cells[1]);
				case "object" -> objects.add(cells[1]);
				case "aim" -> aims.add(cells[1]);
				case "indicator" -> indicators.add(new IndicatorWord(cells[1], cells[2], cells[3], "1".equals(cells[4]),
						new BigDecimal(cells[5]), new BigDecimal(cells[6])));
				case "syllable" -> syllables.add(cells[1]);
				default -> throw new IllegalStateException("unknown row in synthetic-words.tsv: " + cells[0]);
			}
		});
		Map<String, List<String>> texts = new LinkedHashMap<>();
		lines("demo/report-texts.tsv", (cells) -> {
			if (!cells[0].equals("key")) {
				texts.computeIfAbsent(cells[0], (k) -> new ArrayList<>()).add(cells[1]);
			}
		});
		return new SyntheticWords(List.copyOf(departments), List.copyOf(chapters), List.copyOf(verbs),
				List.copyOf(objects), List.copyOf(aims), List.copyOf(indicators), List.copyOf(syllables),
				Map.copyOf(texts));
	}

	static void lines(String resource, Consumer<String[]> row) {
		try (InputStream in = SyntheticWords.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException(resource + " is missing from the classpath");
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			String line;
			while ((line = reader.readLine()) != null) {
				if (!line.isBlank() && !line.startsWith("#")) {
					row.accept(line.split("\t", -1));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
