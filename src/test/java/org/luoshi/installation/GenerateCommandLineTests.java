package org.luoshi.installation;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.LuoshiApplication;
import org.luoshi.installation.internal.synthetic.SyntheticGenerator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code luoshi generate} as an operator runs it: a wrong option is refused with exit 2,
 * naming the option and what it expects, before anything starts; the same seed writes the
 * same rows, ids included, and another seed other plans; a database that already holds
 * plans is refused with exit 2 and left as it was.
 */
class GenerateCommandLineTests {

	private static final String H2_OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

	// the tables whose rows the seed decides, each read in id order
	private static final List<String> TABLES = List.of("region", "organisation", "organisation_name", "plan", "chapter",
			"section", "task", "assignment", "indicator", "indicator_value", "progress_report", "report_entry");

	@TempDir
	Path dir;

	private record Run(int status, String out, String err) {
	}

	private static Run run(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int status = GenerateCommandLine.run(LuoshiApplication.class, args,
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
		return new Run(status, out.toString(StandardCharsets.UTF_8).strip(),
				err.toString(StandardCharsets.UTF_8).strip());
	}

	@Test
	void refusesWrongOptionsNamingTheOptionAndWhatItExpects() {
		Run none = run("generate", "--lang=en");
		assertThat(none.status()).isEqualTo(2);
		assertThat(none.err())
			.startsWith("Error: the option --governments is missing; expected a whole number from 1 to 31")
			.contains("Usage: java -jar luoshi.jar generate");
		Run tooMany = run("generate", "--governments", "40", "--lang", "en");
		assertThat(tooMany.status()).isEqualTo(2);
		assertThat(tooMany.err())
			.startsWith("Error: the option --governments cannot be 40; expected a whole number from 1 to 31");
		Run notANumber = run("generate", "--governments=2", "--tasks-per-plan=many", "--lang=en");
		assertThat(notANumber.status()).isEqualTo(2);
		assertThat(notANumber.err())
			.startsWith("Error: the option --tasks-per-plan cannot be many; expected a whole number from 1 to 10000");
		Run noValue = run("generate", "--governments", "2", "--seed", "--lang=en");
		assertThat(noValue.status()).isEqualTo(2);
		assertThat(noValue.err()).startsWith("Error: the option --seed has no value; expected a whole number");
		Run unknown = run("generate", "--governments", "2", "--plans", "3", "--lang=en");
		assertThat(unknown.status()).isEqualTo(2);
		assertThat(unknown.err()).startsWith("Error: unknown option --plans.");
		Run years = run("generate", "--governments", "2", "--years", "9");
		assertThat(years.status()).isEqualTo(2);
		assertThat(years.err()).startsWith("错误：选项 --years 的取值 9 不对");
		Run lang = run("generate", "--governments", "2", "--lang", "fr");
		assertThat(lang.status()).isEqualTo(2);
		assertThat(lang.err()).startsWith("错误：不支持的语言 fr");
	}

	@Test
	void theSameSeedGivesTheSameData() throws Exception {
		Run first = generate("first", "3");
		assertThat(first.status()).as(first.err()).isZero();
		assertThat(first.out()).startsWith("Generated 17 plans, ").endsWith("seed 3.").doesNotContain("\n");
		assertThat(first.err()).startsWith("Generating the plans of 17 governments (provinces: 1,")
			.containsPattern("tasks  (\\d+)/\\1  100%  \\d+ s");
		Run second = generate("second", "3");
		assertThat(second.status()).as(second.err()).isZero();
		List<String> rows = rows("first");
		assertThat(rows).hasSizeGreaterThan(1000).isEqualTo(rows("second"));
		// another seed draws other plans (their sizes already differ)
		assertThat(new SyntheticGenerator(1, 12, 4, 1).tasks())
			.isNotEqualTo(new SyntheticGenerator(1, 12, 3, 1).tasks());
	}

	@Test
	void aDatabaseWithPlansIsRefusedAndLeftAsItWas() throws Exception {
		assertThat(generate("filled", "5").status()).isZero();
		List<String> rows = rows("filled");
		Run again = generate("filled", "5");
		assertThat(again.status()).isEqualTo(2);
		assertThat(again.err()).isEqualTo("Refused: The database is not empty: table region has 17 rows; the generator"
				+ " writes into a new, empty database only, so that generated data never mixes with real data."
				+ " Name an empty database with --spring.datasource.url.");
		assertThat(again.out()).isEmpty();
		assertThat(rows("filled")).isEqualTo(rows);
	}

	private Run generate(String database, String seed) {
		return run("generate", "--governments", "1", "--tasks-per-plan", "12", "--seed", seed, "--lang=en",
				"--spring.datasource.url=" + url(database));
	}

	private String url(String database) {
		return "jdbc:h2:file:" + this.dir.resolve(database).toAbsolutePath() + H2_OPTIONS;
	}

	private List<String> rows(String database) throws SQLException {
		List<String> rows = new ArrayList<>();
		try (Connection connection = DriverManager.getConnection(url(database), "sa", "");
				Statement statement = connection.createStatement()) {
			for (String table : TABLES) {
				try (ResultSet result = statement.executeQuery("select * from " + table + " order by id")) {
					int columns = result.getMetaData().getColumnCount();
					while (result.next()) {
						StringBuilder row = new StringBuilder(table);
						for (int i = 1; i <= columns; i++) {
							row.append('|').append(result.getString(i));
						}
						rows.add(row.toString());
					}
				}
			}
		}
		return rows;
	}

}
