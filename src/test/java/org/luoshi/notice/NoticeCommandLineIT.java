package org.luoshi.notice;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged jar as a planning office runs it:
 * {@code java -jar target/luoshi.jar parse FILE} reads the seed in a fresh JVM without
 * starting the web server. The wall time is printed, not asserted: a timed test fails on
 * a busy machine, not on a slow command (the README states the measured figure).
 */
class NoticeCommandLineIT {

	private static final Path JAR = Path.of("target", "luoshi.jar");

	@TempDir
	Path dir;

	private record Result(int exit, String out, String err, long millis) {
	}

	private Result parse(Path file, String... more) throws IOException, InterruptedException {
		List<String> command = new java.util.ArrayList<>(
				List.of(javaBinary(), "-jar", JAR.toString(), "parse", file.toString()));
		command.addAll(List.of(more));
		Path out = dir.resolve("out.txt");
		Path err = dir.resolve("err.txt");
		long started = System.nanoTime();
		Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
		assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
		long millis = (System.nanoTime() - started) / 1_000_000;
		return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
				Files.readString(err, StandardCharsets.UTF_8), millis);
	}

	private static String javaBinary() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	@Test
	void parsesTheSeedInAFreshJvmWithoutTheWebServer() throws Exception {
		Path seed = Files.write(dir.resolve("seed.txt"), NoticeFixtures.seedBytes());
		long best = Long.MAX_VALUE;
		for (int run = 0; run < 3; run++) {
			Result result = parse(seed);
			assertThat(result.exit()).isZero();
			assertThat(result.out()).contains("\"tasks\": 146").doesNotContain("Tomcat");
			best = Math.min(best, result.millis());
		}
		System.out.printf("luoshi parse seed: %d ms wall time, JVM start included (best of 3)%n", best);
	}

	@Test
	void refusesJunkWithExitTwoAndOneLineOnStandardError() throws Exception {
		Path junk = Files.write(dir.resolve("junk.pdf"), "%PDF-1.7 not really".getBytes(StandardCharsets.US_ASCII));
		Result result = parse(junk);
		assertThat(result.exit()).isEqualTo(2);
		assertThat(result.out()).isEmpty();
		assertThat(result.err().strip()).doesNotContain("\n").doesNotContain("Exception").startsWith("错误：");
	}

}
