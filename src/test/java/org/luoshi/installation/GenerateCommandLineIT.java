package org.luoshi.installation;

import java.io.IOException;
import java.nio.file.Path;

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

	@TempDir
	Path dir;

	private PackagedJar.Result luoshi(String... args) throws IOException, InterruptedException {
		return PackagedJar.run(this.dir, args);
	}

	@Test
	void generatesWithoutAWebServerAndRefusesAWrongOptionWithExitTwo() throws Exception {
		PackagedJar.Result generated = luoshi("generate", "--governments", "1", "--tasks-per-plan", "5", "--lang=en",
				"--spring.datasource.url=jdbc:h2:file:" + this.dir.resolve("generated").toAbsolutePath()
						+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
		assertThat(generated.exit()).as(generated.err()).isZero();
		assertThat(generated.out().strip()).startsWith("Generated 17 plans, ").doesNotContain("\n");
		assertThat(generated.err()).contains("100%");
		assertThat(generated.out() + generated.err()).doesNotContain("Tomcat");

		PackagedJar.Result wrong = luoshi("generate", "--governments", "0", "--lang=en");
		assertThat(wrong.exit()).isEqualTo(2);
		assertThat(wrong.err().strip()).startsWith("Error: the option --governments cannot be 0;")
			.doesNotContain("Exception");
	}

}
