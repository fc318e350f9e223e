package org.luoshi.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every word a reader sees that Java puts together — refusals, warnings, errors of an
 * uploaded file, mails — comes from the message files, so that the English pages say it
 * in English; only classes marked {@code @Vocabulary} keep Chinese words, on purpose.
 */
class HardCodedJavaTextTests {

	static final Path SOURCES = Path.of("src/main/java");

	static Stream<Path> sources() throws IOException {
		try (Stream<Path> files = Files.walk(SOURCES)) {
			return files.filter((file) -> file.toString().endsWith(".java")).sorted().toList().stream();
		}
	}

	@Test
	void thereAreSourcesToCheck() throws IOException {
		assertThat(sources()).hasSizeGreaterThan(100);
	}

	@ParameterizedTest
	@MethodSource("sources")
	void javaTakesTheTextItShowsFromMessages(Path source) throws IOException {
		assertThat(HardCodedJavaText.in(Files.readString(source, StandardCharsets.UTF_8)))
			.as("Chinese text in %s: put it in the message files, or mark the class @Vocabulary with the reason",
					source)
			.isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "class A { String s = \"任务内容为空\"; }",
			"class A { void f() { throw new X(\"文件“\" + name + \"”是空文件\"); } }",
			"class A { String s = \"\"\"\n\t多行文字\n\t\"\"\"; }", "class A { String s = \"a\\\"引号\\\"\"; }" })
	void catchesChineseWrittenIntoJava(String source) {
		assertThat(HardCodedJavaText.in(source)).isNotEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "class A { /** 牵头单位 */ String s = \"lead\"; }", "class A { // 注释\n String s; }",
			"@Tag(name = \"plans\", description = \"规划、章节、任务\")\nclass A { }",
			"class A { @Operation(summary = \"The division table (分工表)\") void f() { } }",
			"@Vocabulary(\"the words notices write\")\nclass A { String lead = \"牵头\"; }",
			"class A { char c = '“'; String s = \"plain English\"; }" })
	void acceptsWhatIsNoTextForAReader(String source) {
		assertThat(HardCodedJavaText.in(source)).isEmpty();
	}

}
