package org.luoshi.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Every word a reader sees on a page comes from the message files, in both languages. */
class HardCodedTextTests {

	static final Path TEMPLATES = Path.of("src/main/resources/templates");

	static Stream<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter((file) -> file.toString().endsWith(".html")).sorted().toList().stream();
		}
	}

	@Test
	void thereAreTemplatesToCheck() throws IOException {
		assertThat(templates()).isNotEmpty();
	}

	@ParameterizedTest
	@MethodSource("templates")
	void templateTakesAllItsTextFromMessages(Path template) throws IOException {
		assertThat(HardCodedText.in(Files.readString(template, StandardCharsets.UTF_8)))
			.as("hard-coded text in %s", template)
			.isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "<p>尚未导入规划</p>", "<td>Total</td>", "<a href=\"/\">首页 <b>x</b></a>",
			"<input placeholder=\"搜索\">", "<img alt=\"logo\" src=\"a.png\">", "<nav aria-label=\"Main\"></nav>",
			"<span title='Hint'></span>", "<h1 th:text=\"'Plans'\"></h1>", "<h1 th:text=\"#{a} + ' 合计'\"></h1>",
			"<th th:title=\"${x} + 'rows'\"></th>", "<p th:text=\"#{a}\">Prototype text</p>" })
	void catchesTextWrittenIntoTheTemplate(String html) {
		assertThat(HardCodedText.in(html)).isNotEmpty();
	}

	@ParameterizedTest
	@ValueSource(
			strings = { "<p th:text=\"#{home.empty}\"></p>", "<td class=\"num\" th:text=\"${chapter.taskCount}\"></td>",
					"<p>[[#{home.empty}]]</p>", "<span>2011–2015 · &nbsp; 100%</span>",
					"<title th:text=\"#{${'error.' + kind + '.title'}} + ' · ' + #{app.name}\"></title>",
					"<a th:classappend=\"${menu == 'home'} ? 'active'\" th:text=\"#{nav.home}\"></a>",
					"<!-- a comment in English --><script>const label = 'chart';</script>",
					"<dd th:text=\"${a > b} ? #{x} : #{y}\"></dd>" })
	void acceptsTextThatComesFromMessages(String html) {
		assertThat(HardCodedText.in(html)).isEmpty();
	}

	@Test
	void namesTheOffendingText() {
		assertThat(HardCodedText.in("<main><h1 th:text=\"#{home.title}\"></h1><p>No plan yet</p></main>"))
			.isEqualTo(List.of("No plan yet"));
	}

}
