package org.luoshi.notice;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * How fast the importer reads the seed notice, text to draft, on one thread. Run it with
 * {@code mvn -q -DskipTests test-compile exec:exec@benchmark}; it prints JMH's table,
 * then operations and megabytes per second against the target of 20 MB/s per core.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class NoticeParserBenchmark {

	private static final double TARGET_MB_PER_SECOND = 20.0;

	private final NoticeText seed = NoticeText.of(NoticeFixtures.seedText());

	@Benchmark
	public NoticeDraft parseSeed() throws NoticeFormatException {
		return NoticeParser.parse(seed);
	}

	public static void main(String[] args) throws RunnerException {
		Collection<RunResult> results = new Runner(
				new OptionsBuilder().include(NoticeParserBenchmark.class.getSimpleName()).build())
			.run();
		int bytes = NoticeFixtures.seedText().getBytes(StandardCharsets.UTF_8).length;
		for (RunResult result : results) {
			double opsPerSecond = result.getPrimaryResult().getScore();
			double error = result.getPrimaryResult().getScoreError();
			double megabytes = opsPerSecond * bytes / 1_000_000.0;
			System.out.printf("%nseed notice: %d bytes, %d tasks%n", bytes, NoticeFixtures.parseSeed().tasks().count());
			System.out.printf("parse: %.0f ± %.0f ops/s = %.2f ms per parse = %.1f MB/s (target %.0f MB/s: %.1f×)%n",
					opsPerSecond, error, 1000.0 / opsPerSecond, megabytes, TARGET_MB_PER_SECOND,
					megabytes / TARGET_MB_PER_SECOND);
		}
	}

}
