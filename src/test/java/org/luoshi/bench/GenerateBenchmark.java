package org.luoshi.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Times {@code java -jar target/luoshi.jar generate …} as an operator runs it, into a new
 * embedded PostgreSQL (zonky, no Docker) or a new H2 file under {@code target/generate},
 * and counts the rows it wrote: {@code bench/generate.sh postgres|h2 [generate options]}.
 * The clock runs from the command's start to its exit, application start-up included.
 */
public final class GenerateBenchmark {

	private GenerateBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		String database = (args.length > 0) ? args[0] : "postgres";
		List<String> options = new ArrayList<>(
				(args.length > 1) ? Arrays.asList(args).subList(1, args.length) : List.of("--governments", "1"));
		Path work = Path.of("target", "generate").toAbsolutePath();
		Files.createDirectories(work);
		io.zonky.test.db.postgres.embedded.EmbeddedPostgres postgres = null;
		String url;
		String user;
		String password;
		try {
			if (database.equals("postgres")) {
				postgres = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder().start();
				url = postgres.getJdbcUrl("postgres", "postgres");
				user = "postgres";
				password = "postgres";
			}
			else if (database.equals("h2")) {
				Path file = work.resolve("luoshi-" + System.currentTimeMillis());
				url = "jdbc:h2:file:" + file + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
				user = "sa";
				password = "";
			}
			else {
				throw new IllegalArgumentException("unknown database " + database + " (postgres or h2)");
			}
			List<String> command = new ArrayList<>(
					List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
							Path.of("target", "luoshi.jar").toAbsolutePath().toString(), "generate"));
			command.addAll(options);
			command.addAll(List.of("--lang=en", "--spring.datasource.url=" + url,
					"--spring.datasource.username=" + user, "--spring.datasource.password=" + password));
			System.out.println("generate: " + database + " at " + url);
			long started = System.nanoTime();
			int status = new ProcessBuilder(command).inheritIO().start().waitFor();
			double seconds = (System.nanoTime() - started) / 1e9;
			System.out.printf("generate: exit %d after %.1f s (application start-up included)%n", status, seconds);
			try (Connection connection = DriverManager.getConnection(url, user, password);
					Statement statement = connection.createStatement()) {
				for (String table : List.of("organisation", "plan", "task", "assignment", "indicator",
						"indicator_value", "progress_report", "report_entry")) {
					try (ResultSet rows = statement.executeQuery("select count(*) from " + table)) {
						rows.next();
						System.out.printf("generate: %-16s %,12d rows%n", table, rows.getLong(1));
					}
				}
			}
			if (status != 0) {
				System.exit(status);
			}
		}
		finally {
			if (postgres != null) {
				postgres.close();
			}
		}
	}

}
