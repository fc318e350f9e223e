package org.luoshi.web;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.luoshi.notice.ResponsibilityMode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The texts the importer puts together in plain Java — its refusals, warnings, the
 * problems of a division spreadsheet — name keys that the message files have, so that no
 * reader meets a missing message.
 */
class MessageCodesInJavaTests {

	private static final Path SOURCES = Path.of("src/main/java/org/luoshi");

	/** A whole key written out: notice.warning.numbering.gap, plan.sheet.at-row. */
	private static final Pattern KEY = Pattern.compile("\"((?:notice|plan\\.sheet)\\.[\\w.-]*\\w)\"");

	/** The reason of a NoticeFormatException: its text is notice.problem.<reason>. */
	private static final Pattern NOTICE_PROBLEM = Pattern
		.compile("NoticeFormatException(?:\\.atByte|\\.atLine)?\\((?:[^\"();]*?,\\s*)?\"([\\w-]+)\"");

	/** The code of a spreadsheet's problem: its text is plan.sheet.<code>. */
	private static final Pattern SHEET_PROBLEM = Pattern
		.compile("(?:problems\\.at|problems\\.add|SheetError\\.at|ofFile)\\((?:[^\"();]*?,\\s*)?\"([\\w-]+)\"");

	@Test
	void everyKeyTheImporterNamesIsInTheMessageFiles() throws IOException {
		Set<String> used = new TreeSet<>();
		used.addAll(found(KEY, "", SOURCES.resolve("notice"), SOURCES.resolve("plan")));
		used.addAll(found(NOTICE_PROBLEM, "notice.problem.", SOURCES.resolve("notice")));
		used.addAll(found(SHEET_PROBLEM, "plan.sheet.", SOURCES.resolve("plan/internal/sheet")));
		for (ResponsibilityMode mode : ResponsibilityMode.values()) {
			used.add("notice.table.mode." + mode.code());
		}
		assertThat(used).as("keys found in the sources").hasSizeGreaterThan(100);
		assertThat(keys()).containsAll(used);
	}

	private static Set<String> found(Pattern pattern, String prefix, Path... folders) throws IOException {
		Set<String> keys = new TreeSet<>();
		for (Path folder : folders) {
			try (Stream<Path> files = Files.walk(folder)) {
				for (Path file : files.filter((f) -> f.toString().endsWith(".java")).toList()) {
					Matcher matcher = pattern.matcher(Files.readString(file, StandardCharsets.UTF_8));
					while (matcher.find()) {
						keys.add(prefix + matcher.group(1));
					}
				}
			}
		}
		return keys;
	}

	private static Set<String> keys() throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(MessagesTests.MESSAGES.resolve("messages.properties"),
				StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties.stringPropertyNames();
	}

}
