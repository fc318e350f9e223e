package org.luoshi.installation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

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

	@TempDir
	Path dir;

	private PackagedJar.Result luoshi(String... args) throws IOException, InterruptedException {
		return PackagedJar.run(this.dir, args);
	}

	private String h2(String name) {
		return "--spring.datasource.url=jdbc:h2:file:" + this.dir.resolve(name).toAbsolutePath()
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
	}

	@Test
	void exportsAndImportsWithoutAWebServerAndRefusesWithExitTwo() throws Exception {
		Path archive = this.dir.resolve("backup.zip");
		PackagedJar.Result export = luoshi("export", archive.toString(), h2("source"), "--lang=en");
		assertThat(export.exit()).as(export.err()).isZero();
		assertThat(export.out().strip()).startsWith("Exported ").contains("backup.zip").doesNotContain("\n");
		assertThat(export.out() + export.err()).doesNotContain("Tomcat");
		assertThat(archive).isRegularFile();

		PackagedJar.Result again = luoshi("export", archive.toString(), h2("source"));
		assertThat(again.exit()).isEqualTo(2);
		assertThat(again.err().strip()).startsWith("已拒绝：").doesNotContain("\n").doesNotContain("Exception");

		PackagedJar.Result restore = luoshi("import", archive.toString(), h2("target"), "--lang=en");
		assertThat(restore.exit()).as(restore.err()).isZero();
		assertThat(restore.out().strip()).startsWith("Imported ");

		Path junk = Files.writeString(this.dir.resolve("junk.zip"), "not a zip");
		PackagedJar.Result refused = luoshi("import", junk.toString(), h2("other"), "--lang=en");
		assertThat(refused.exit()).isEqualTo(2);
		assertThat(refused.err().strip()).isEqualTo("Refused: junk.zip is not a Luoshi export archive.");
	}

}
