package org.luoshi.installation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged jar as an operator runs it: {@code java -jar target/luoshi.jar generate}
 * goes through {@code LuoshiApplication.main}, starts no web server, shows its progress
 * on standard error and says what it wrote in one line on standard output with exit 0; a
 * wrong option exits 2 with one line naming it.
 */
class GenerateCommandLineIT {

	private static final Path JAR = Path.of("target", "luoshi.jar").toAbsolutePath();

	@TempDir
	Path dir;

	private record Result(int exit, String out, String err) {
	}

	private Result luoshi(String... args) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
		command.addAll(List.of(args));
		Path out = this.dir.resolve("out.txt");
		Path err = this.dir.resolve("err.txt");
		Process process = new ProcessBuilder(command).directory(this.dir.toFile())
			.redirectOutput(out.toFile())
			.redirectError(err.toFile())
			.start();
		assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
		return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
				Files.readString(err, StandardCharsets.UTF_8));
	}

	@Test
	void generatesWithoutAWebServerAndRefusesAWrongOptionWithExitTwo() throws Exception {
		Result generated = luoshi("generate", "--governments", "1", "--tasks-per-plan", "5", "--lang=en",
				"--spring.datasource.url=jdbc:h2:file:" + this.dir.resolve("generated").toAbsolutePath()
						+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
		assertThat(generated.exit()).as(generated.err()).isZero();
		assertThat(generated.out().strip()).startsWith("Generated 17 plans, ").doesNotContain("\n");
		assertThat(generated.err()).contains("100%");
		assertThat(generated.out() + generated.err()).doesNotContain("Tomcat");

		Result wrong = luoshi("generate", "--governments", "0", "--lang=en");
		assertThat(wrong.exit()).isEqualTo(2);
		assertThat(wrong.err().strip()).startsWith("Error: the option --governments cannot be 0;")
			.doesNotContain("Exception");
	}

}
