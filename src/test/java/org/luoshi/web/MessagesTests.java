package org.luoshi.web;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The message files say the same things in every language, and every key a template asks
 * for is there.
 */
class MessagesTests {

	static final Path MESSAGES = Path.of("src/main/resources/messages");

	private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([\\w.-]+)");

	/**
	 * Every bundle the application reads: messages, evaluation, portal, implementation.
	 */
	static final List<String> BUNDLES = List.of("messages", "evaluation", "portal", "implementation");

	@Test
	void everyBundleIsReadByTheApplication() throws IOException {
		String basename = load(Path.of("src/main/resources/application.properties"))
			.getProperty("spring.messages.basename");
		assertThat(List.of(basename.split(",")))
			.containsExactlyInAnyOrderElementsOf(BUNDLES.stream().map((b) -> "messages/" + b).toList());
	}

	@Test
	void everyLanguageHasTheSameKeys() throws IOException {
		for (String bundle : BUNDLES) {
			Set<String> defaults = keys(MESSAGES.resolve(bundle + ".properties"));
			List<Path> languages = messageFiles(bundle);
			assertThat(languages).as("languages of %s", bundle).hasSizeGreaterThan(1);
			for (Path language : languages) {
				assertThat(keys(language)).as("keys of %s", language.getFileName())
					.containsExactlyInAnyOrderElementsOf(defaults);
			}
		}
	}

	@Test
	void noKeyIsInTwoBundles() throws IOException {
		Set<String> seen = new TreeSet<>();
		for (String bundle : BUNDLES) {
			for (String key : keys(MESSAGES.resolve(bundle + ".properties"))) {
				assertThat(seen.add(key)).as("%s in %s and another bundle", key, bundle).isTrue();
			}
		}
	}

	@Test
	void noMessageIsEmpty() throws IOException {
		for (Path file : messageFiles()) {
			Properties messages = load(file);
			assertThat(messages.stringPropertyNames()).as("empty messages in %s", file.getFileName())
				.allSatisfy((key) -> assertThat(messages.getProperty(key)).as(key).isNotBlank());
		}
	}

	@Test
	void everyKeyATemplateUsesExists() throws IOException {
		Set<String> defaults = new TreeSet<>();
		for (String bundle : BUNDLES) {
			defaults.addAll(keys(MESSAGES.resolve(bundle + ".properties")));
		}
		for (Path template : HardCodedTextTests.templates().toList()) {
			assertThat(defaults).as("keys used by %s", template).containsAll(usedKeys(template));
		}
	}

	@Test
	void theErrorPageHasATextForEveryStatusItNames() throws IOException {
		Set<String> defaults = keys(MESSAGES.resolve("messages.properties"));
		for (String kind : List.of("403", "404", "409", "500", "other")) {
			assertThat(defaults).contains("error." + kind + ".title", "error." + kind + ".text");
		}
	}

	private static List<Path> messageFiles() throws IOException {
		List<Path> all = new java.util.ArrayList<>();
		for (String bundle : BUNDLES) {
			all.addAll(messageFiles(bundle));
		}
		return all;
	}

	private static List<Path> messageFiles(String bundle) throws IOException {
		try (Stream<Path> files = Files.list(MESSAGES)) {
			return files.filter((file) -> file.getFileName().toString().matches(bundle + "(_\\w+)?\\.properties"))
				.sorted()
				.toList();
		}
	}

	private static Set<String> usedKeys(Path template) throws IOException {
		Matcher keys = MESSAGE_KEY.matcher(Files.readString(template, StandardCharsets.UTF_8));
		Set<String> used = new TreeSet<>();
		while (keys.find()) {
			used.add(keys.group(1));
		}
		return used;
	}

	private static Set<String> keys(Path file) throws IOException {
		return new TreeSet<>(load(file).stringPropertyNames());
	}

	private static Properties load(Path file) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
