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
 * The packaged jar as an operator runs it:
 * {@code java -jar target/luoshi.jar export FILE} and {@code import FILE} go through
 * {@code LuoshiApplication.main}, start no web server, say what they did in one line and
 * exit 0, or exit 2 with one line on standard error when refused.
 */
class InstallationCommandLineIT {

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

	private String h2(String name) {
		return "--spring.datasource.url=jdbc:h2:file:" + this.dir.resolve(name).toAbsolutePath()
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
	}

	@Test
	void exportsAndImportsWithoutAWebServerAndRefusesWithExitTwo() throws Exception {
		Path archive = this.dir.resolve("backup.zip");
		Result export = luoshi("export", archive.toString(), h2("source"), "--lang=en");
		assertThat(export.exit()).as(export.err()).isZero();
		assertThat(export.out().strip()).startsWith("Exported ").contains("backup.zip").doesNotContain("\n");
		assertThat(export.out() + export.err()).doesNotContain("Tomcat");
		assertThat(archive).isRegularFile();

		Result again = luoshi("export", archive.toString(), h2("source"));
		assertThat(again.exit()).isEqualTo(2);
		assertThat(again.err().strip()).startsWith("已拒绝：").doesNotContain("\n").doesNotContain("Exception");

		Result restore = luoshi("import", archive.toString(), h2("target"), "--lang=en");
		assertThat(restore.exit()).as(restore.err()).isZero();
		assertThat(restore.out().strip()).startsWith("Imported ");

		Path junk = Files.writeString(this.dir.resolve("junk.zip"), "not a zip");
		Result refused = luoshi("import", junk.toString(), h2("other"), "--lang=en");
		assertThat(refused.exit()).isEqualTo(2);
		assertThat(refused.err().strip()).isEqualTo("Refused: junk.zip is not a Luoshi export archive.");
	}

}
