package org.luoshi.installation.internal.synthetic;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.LongConsumer;

/**
 * Builds the synthetic installation on one connection: the governments, then their
 * regions and organisations, then each government's plan with its indicators, figures and
 * reports. Every government draws from its own random numbers, derived from the seed and
 * its place in the country, so one seed gives the same rows, ids included, into an empty
 * database. Rows are committed as they go, in batches.
 */
public final class SyntheticGenerator {

	// the day the seed notice's plans were entered, in China: every generated row is
	// dated from it, never from the clock, so that one seed gives the same rows
	private static final OffsetDateTime ENTERED = OffsetDateTime.of(2012, 1, 5, 9, 0, 0, 0, ZoneOffset.ofHours(8));

	private static final int DIRECTORY = 1;

	private static final int PLAN = 2;

	private final long seed;

	private final int years;

	private final SyntheticWords words = SyntheticWords.read();

	private final List<Government> governments;

	public SyntheticGenerator(int provinces, int tasksPerPlan, long seed, int years) {
		this.seed = seed;
		this.years = years;
		this.governments = Governments.of(provinces, tasksPerPlan, new Random(seed), this.words.syllables());
	}

	public static int maxProvinces() {
		return Governments.MAX_PROVINCES;
	}

	/** How many plans will be written: one per government. */
	public int plans() {
		return this.governments.size();
	}

	/** How many tasks the plans will have together, known before anything is written. */
	public long tasks() {
		return this.governments.stream().mapToLong((g) -> g.tasks).sum();
	}

	/**
	 * Writes everything and gives the rows written per table; {@code progress} hears the
	 * tasks written so far after every plan.
	 */
	public Map<String, Long> write(Connection connection, LongConsumer progress) throws SQLException {
		Ids ids = new Ids(connection);
		Map<String, Long> written = new LinkedHashMap<>();
		connection.setAutoCommit(false);
		Indexes indexes = Indexes.setAside(connection);
		try (Rows rows = Rows.on(connection)) {
			DirectoryWriter directory = new DirectoryWriter(rows, ids, this.words.departments(), ENTERED);
			for (Government government : this.governments) {
				directory.write(government, random(government, DIRECTORY));
			}
			PlanWriter plans = new PlanWriter(rows, ids, this.words, ENTERED, this.seed);
			IndicatorWriter indicators = new IndicatorWriter(rows, ids, this.words, ENTERED);
			ReportWriter reports = new ReportWriter(rows, ids, this.words);
			long tasks = 0;
			for (Government government : this.governments) {
				Random random = random(government, PLAN);
				Candidates candidates = new Candidates(government, directory);
				PlanWriter.WrittenPlan plan = plans.write(government, candidates, random);
				List<IndicatorWriter.WrittenIndicator> set = indicators.write(government, plan.id(), candidates,
						this.years, random);
				for (int year = 2011; year < 2011 + this.years; year++) {
					reports.write(plan, set, year, random);
				}
				tasks += plan.tasks().size();
				progress.accept(tasks);
			}
			rows.flush();
			rows.counts().forEach((table, count) -> written.put(table.table(), count));
		}
		catch (SQLException | RuntimeException ex) {
			// PostgreSQL takes nothing more in a failed transaction: end it, so that the
			// indexes can be built again over the rows committed before
			connection.rollback();
			throw ex;
		}
		finally {
			indexes.rebuild(connection);
		}
		ids.restart(connection);
		return written;
	}

	// SplitMix64 of the seed, the government and the purpose: neighbouring governments
	// get unrelated numbers, and one government's draws never shift another's
	private Random random(Government government, int purpose) {
		long z = this.seed + 0x9E3779B97F4A7C15L * (government.index * 4L + purpose + 1);
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return new Random(z ^ (z >>> 31));
	}

}
