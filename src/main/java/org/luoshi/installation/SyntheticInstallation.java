package org.luoshi.installation;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.luoshi.installation.internal.synthetic.SyntheticGenerator;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Service;

/**
 * Fills an empty database with synthetic plans at national scale (provinces, prefectures
 * and counties, their organisations, plans, tasks, indicators, figures and reports) for
 * trying the pages and measuring them. Writes the tables directly, below the modules, on
 * one connection; a database that already holds a directory or a plan is refused, so real
 * data is never mixed with generated data.
 */
@Service
public class SyntheticInstallation {

	// a directory or a register already there: the generated governments would collide
	// with it or be mistaken for it
	private static final List<String> MUST_BE_EMPTY = List.of("region", "organisation", "notice", "plan", "task");

	private final DataSource dataSource;

	SyntheticInstallation(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	/** What {@link #generate} will write, known before it starts. */
	public record Plan(int plans, long tasks) {
	}

	public Plan plan(GenerationOptions options) {
		SyntheticGenerator generator = generator(options);
		return new Plan(generator.plans(), generator.tasks());
	}

	/**
	 * Generates into the database; {@code progress} hears the tasks written so far and
	 * the total.
	 * @throws InstallationRefusal when the database already holds organisations or plans
	 */
	public GenerationSummary generate(GenerationOptions options, Progress progress) {
		long started = System.nanoTime();
		SyntheticGenerator generator = generator(options);
		long total = generator.tasks();
		try (Connection connection = this.dataSource.getConnection()) {
			requireEmpty(connection);
			Map<String, Long> rows = generator.write(connection, (done) -> progress.written(done, total));
			return new GenerationSummary(rows, Duration.ofNanos(System.nanoTime() - started));
		}
		catch (SQLException ex) {
			throw new DataAccessResourceFailureException("generate failed: " + ex.getMessage(), ex);
		}
	}

	/**
	 * Refuses a database that already holds a directory or a plan, before anything is
	 * said or written.
	 * @throws InstallationRefusal when it does
	 */
	public void requireEmpty() {
		try (Connection connection = this.dataSource.getConnection()) {
			requireEmpty(connection);
		}
		catch (SQLException ex) {
			throw new DataAccessResourceFailureException("generate failed: " + ex.getMessage(), ex);
		}
	}

	private static void requireEmpty(Connection connection) throws SQLException {
		for (String table : MUST_BE_EMPTY) {
			long rows = count(connection, table);
			if (rows > 0) {
				throw new InstallationRefusal("installation.refused.generate-not-empty", table, rows);
			}
		}
	}

	/** Hears how far the generator got. */
	@FunctionalInterface
	public interface Progress {

		void written(long tasks, long totalTasks);

	}

	private static SyntheticGenerator generator(GenerationOptions options) {
		return new SyntheticGenerator(options.provinces(), options.tasksPerPlan(), options.seed(), options.years());
	}

	private static long count(Connection connection, String table) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select count(*) from " + table)) {
			rows.next();
			return rows.getLong(1);
		}
	}

}
