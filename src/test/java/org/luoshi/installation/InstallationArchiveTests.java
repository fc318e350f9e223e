package org.luoshi.installation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.LuoshiApplication;
import org.luoshi.testing.EmbeddedPostgres;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Backup and restore end to end, through the command line as an operator runs it: an H2
 * database filled as the demo fills it (the seed plan, users, the 2011 reporting cycle
 * with its versions, figures, the published annual report, the audit log) is exported,
 * then imported into an empty PostgreSQL and an empty H2, and every table of both is
 * compared with the source row for row. An import into a database with rows, of a damaged
 * archive, of another schema version or of an archive that fails half-way is refused and
 * leaves the database as it was.
 */
class InstallationArchiveTests {

	private static final String H2_OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

	@TempDir
	static Path dir;

	static String source;

	static Path archive;

	@BeforeAll
	static void fillAndExport() throws Exception {
		source = "jdbc:h2:file:" + dir.resolve("source").toAbsolutePath() + H2_OPTIONS;
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(LuoshiApplication.class)
			.web(WebApplicationType.NONE)
			.run("--spring.datasource.url=" + source, "--luoshi.demo.enabled=true", "--luoshi.demo.cycle=true",
					"--luoshi.demo.figures=true", "--luoshi.demo.report=true", "--logging.level.root=WARN")) {
			assertThat(context.isRunning()).isTrue();
		}
		try (Connection connection = h2(source); Statement statement = connection.createStatement()) {
			// a key to a row inserted later (an organisation succeeded by a newer one),
			// which the import must set after that row is in
			statement.executeUpdate("update organisation set successor_id = (select max(id) from organisation) "
					+ "where id = (select min(id) from organisation)");
		}
		archive = dir.resolve("luoshi.zip");
		Run export = run("export", archive.toString(), "--spring.datasource.url=" + source);
		assertThat(export.status()).as(export.err()).isZero();
		assertThat(export.out()).startsWith("Exported ").contains("luoshi.zip");
	}

	@Test
	void theArchiveHoldsEveryTableWithAManifest() throws Exception {
		try (ZipFile zip = new ZipFile(archive.toFile())) {
			String manifest = new String(zip.getInputStream(zip.getEntry("manifest.json")).readAllBytes(),
					StandardCharsets.UTF_8);
			assertThat(manifest).contains("\"schemaVersion\"").contains("\"sha256\"");
			try (Connection connection = h2(source)) {
				for (String table : tables(connection).keySet()) {
					assertThat(zip.getEntry("tables/" + table + ".jsonl")).as(table).isNotNull();
				}
			}
			assertThat(zip.getEntry("tables/flyway_schema_history.jsonl")).isNull();
		}
		try (Connection connection = h2(source)) {
			for (String table : List.of("notice", "plan", "task", "organisation", "app_user", "progress_report",
					"report_version", "indicator_value", "annual_report", "audit_entry")) {
				assertThat(count(connection, table)).as(table).isPositive();
			}
		}
	}

	@Test
	void restoresIntoAnEmptyPostgresRowForRow() throws Exception {
		String url = EmbeddedPostgres.newDatabase();
		Run run = run("import", archive.toString(), "--spring.datasource.url=" + url,
				"--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
				"--spring.datasource.driver-class-name=org.postgresql.Driver");
		assertThat(run.status()).as(run.err()).isZero();
		assertThat(run.out()).startsWith("Imported ");
		try (Connection from = h2(source); Connection to = DriverManager.getConnection(url, "postgres", "postgres")) {
			assertSame(from, to);
		}
		// and back: PostgreSQL's export restores into H2 as the source was
		Path again = dir.resolve("from-postgres.zip");
		Run export = run("export", again.toString(), "--spring.datasource.url=" + url,
				"--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
				"--spring.datasource.driver-class-name=org.postgresql.Driver");
		assertThat(export.status()).as(export.err()).isZero();
		String back = "jdbc:h2:file:" + dir.resolve("back").toAbsolutePath() + H2_OPTIONS;
		Run restore = run("import", again.toString(), "--spring.datasource.url=" + back);
		assertThat(restore.status()).as(restore.err()).isZero();
		try (Connection from = h2(source); Connection to = h2(back)) {
			assertSame(from, to);
		}
		try (Connection to = DriverManager.getConnection(url, "postgres", "postgres")) {
			assertNewRowsDoNotCollide(to);
		}
	}

	@Test
	void restoresIntoAnEmptyH2RowForRow() throws Exception {
		String url = "jdbc:h2:file:" + dir.resolve("restored").toAbsolutePath() + H2_OPTIONS;
		Run run = run("import", archive.toString(), "--spring.datasource.url=" + url);
		assertThat(run.status()).as(run.err()).isZero();
		try (Connection from = h2(source); Connection to = h2(url)) {
			assertSame(from, to);
			assertNewRowsDoNotCollide(to);
		}
	}

	@Test
	void refusesADatabaseThatIsNotEmpty() throws Exception {
		Map<String, Long> before = counts(source);
		Run run = run("import", archive.toString(), "--spring.datasource.url=" + source);
		assertThat(run.status()).isEqualTo(InstallationCommandLine.REFUSED);
		assertThat(run.err()).startsWith("Refused: The database is not empty");
		assertThat(counts(source)).isEqualTo(before);
	}

	@Test
	void refusesADamagedArchiveAndWritesNothing() throws Exception {
		Path damaged = rewrite("damaged.zip", (name) -> name.equals("tables/task.jsonl") ? "{}" : null, false);
		String url = emptyH2("damaged");
		Run run = run("import", damaged.toString(), "--spring.datasource.url=" + url);
		assertThat(run.status()).isEqualTo(InstallationCommandLine.REFUSED);
		assertThat(run.err()).contains("damaged").contains("SHA-256").contains("tables/task.jsonl");
		assertThat(counts(url)).allSatisfy((table, rows) -> assertThat(rows).as(table).isZero());
	}

	@Test
	void refusesAnArchiveOfAnotherSchemaVersion() throws Exception {
		Path older = rewrite("older.zip", (name) -> null, true);
		String url = emptyH2("older");
		Run run = run("import", older.toString(), "--spring.datasource.url=" + url, "--lang=zh");
		assertThat(run.status()).isEqualTo(InstallationCommandLine.REFUSED);
		assertThat(run.err()).contains("older.zip").contains("0.9");
		assertThat(counts(url)).allSatisfy((table, rows) -> assertThat(rows).as(table).isZero());
	}

	@Test
	void anImportFailingHalfWayLeavesNothingBehind() throws Exception {
		// the last table restored gets a row twice, with a correct hash: every table
		// before
		// it is inserted before the duplicate key fails, and all of it is rolled back
		Path broken = rewrite("broken.zip", (name) -> name.equals("tables/audit_entry.jsonl") ? "duplicate" : null,
				false);
		String url = emptyH2("broken");
		Run run = run("import", broken.toString(), "--spring.datasource.url=" + url);
		assertThat(run.status()).as(run.out()).isEqualTo(InstallationCommandLine.FAILED);
		assertThat(run.err()).startsWith("Error: the operation failed and the database was left unchanged");
		assertThat(counts(url)).allSatisfy((table, rows) -> assertThat(rows).as(table).isZero());
	}

	@Test
	void refusesToOverwriteAFileAndSaysHowToUseIt() {
		Run exists = run("export", archive.toString(), "--spring.datasource.url=" + source);
		assertThat(exists.status()).isEqualTo(InstallationCommandLine.REFUSED);
		assertThat(exists.err()).contains("exists");
		Run none = run("export");
		assertThat(none.status()).isEqualTo(InstallationCommandLine.REFUSED);
		assertThat(none.err()).contains("Usage: java -jar luoshi.jar export|import FILE");
	}

	// running the command line

	record Run(int status, String out, String err) {
	}

	static Run run(String... args) {
		List<String> all = new ArrayList<>(List.of(args));
		if (all.stream().noneMatch((a) -> a.startsWith("--lang"))) {
			all.add("--lang=en");
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int status = InstallationCommandLine.run(LuoshiApplication.class, all.toArray(String[]::new),
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
		return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	/** A fresh, empty database at the application's schema version. */
	static String emptyH2(String name) {
		String url = "jdbc:h2:file:" + dir.resolve(name).toAbsolutePath() + H2_OPTIONS;
		new SpringApplicationBuilder(LuoshiApplication.class).web(WebApplicationType.NONE)
			.run("--spring.datasource.url=" + url, "--logging.level.root=WARN", "--luoshi.demo.enabled=false",
					"--luoshi.security.first-office-user=false")
			.close();
		return url;
	}

	/**
	 * A copy of the archive with one table's file changed: {@code "{}"} appends a line
	 * without updating the manifest (a damaged file), {@code "duplicate"} repeats the
	 * first row and updates the manifest to match (a consistent archive that fails on
	 * insert); {@code older} sets the schema version to 0.9.
	 */
	static Path rewrite(String name, UnaryOperator<String> change, boolean older) throws IOException {
		Path copy = dir.resolve(name);
		Map<String, byte[]> files = new LinkedHashMap<>();
		try (ZipFile zip = new ZipFile(archive.toFile())) {
			Enumeration<? extends ZipEntry> entries = zip.entries();
			while (entries.hasMoreElements()) {
				ZipEntry entry = entries.nextElement();
				try (InputStream in = zip.getInputStream(entry)) {
					files.put(entry.getName(), in.readAllBytes());
				}
			}
		}
		String manifest = new String(files.get("manifest.json"), StandardCharsets.UTF_8);
		for (Map.Entry<String, byte[]> file : files.entrySet()) {
			String how = change.apply(file.getKey());
			if (how == null) {
				continue;
			}
			String text = new String(file.getValue(), StandardCharsets.UTF_8);
			if (how.equals("{}")) {
				file.setValue((text + "{}\n").getBytes(StandardCharsets.UTF_8));
			}
			else {
				String first = text.substring(0, text.indexOf('\n') + 1);
				byte[] changed = (text + first).getBytes(StandardCharsets.UTF_8);
				String oldHash = sha256(file.getValue());
				long rows = text.lines().count();
				manifest = manifest.replace(oldHash, sha256(changed))
					.replaceFirst("(\"file\" : \"" + file.getKey() + "\",\\s*\"rows\" : )" + rows, "$1" + (rows + 1));
				assertThat(manifest).contains("\"rows\" : " + (rows + 1));
				file.setValue(changed);
			}
		}
		if (older) {
			manifest = manifest.replaceFirst("\"schemaVersion\" : \"[^\"]*\"", "\"schemaVersion\" : \"0.9\"");
		}
		files.put("manifest.json", manifest.getBytes(StandardCharsets.UTF_8));
		try (OutputStream out = Files.newOutputStream(copy); ZipOutputStream zip = new ZipOutputStream(out)) {
			for (Map.Entry<String, byte[]> file : files.entrySet()) {
				zip.putNextEntry(new ZipEntry(file.getKey()));
				zip.write(file.getValue());
				zip.closeEntry();
			}
		}
		return copy;
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	// comparing databases

	static Connection h2(String url) throws SQLException {
		return DriverManager.getConnection(url, "sa", "");
	}

	/** The application's tables and their primary keys, from the metadata. */
	static Map<String, List<String>> tables(Connection connection) throws SQLException {
		DatabaseMetaData meta = connection.getMetaData();
		Map<String, List<String>> tables = new TreeMap<>();
		try (ResultSet rows = meta.getTables(connection.getCatalog(), connection.getSchema(), "%", null)) {
			while (rows.next()) {
				String type = rows.getString("TABLE_TYPE").toUpperCase(Locale.ROOT);
				String name = rows.getString("TABLE_NAME");
				if ((type.equals("TABLE") || type.equals("BASE TABLE")) && !name.equals("flyway_schema_history")) {
					tables.put(name, new ArrayList<>());
				}
			}
		}
		for (Map.Entry<String, List<String>> table : tables.entrySet()) {
			Map<Integer, String> key = new TreeMap<>();
			try (ResultSet rows = meta.getPrimaryKeys(connection.getCatalog(), connection.getSchema(),
					table.getKey())) {
				while (rows.next()) {
					key.put(rows.getInt("KEY_SEQ"), rows.getString("COLUMN_NAME"));
				}
			}
			table.getValue().addAll(key.values());
		}
		return tables;
	}

	static void assertSame(Connection from, Connection to) throws SQLException {
		Map<String, List<String>> tables = tables(from);
		assertThat(tables(to).keySet()).isEqualTo(tables.keySet());
		for (Map.Entry<String, List<String>> table : tables.entrySet()) {
			List<Map<String, Object>> expected = rows(from, table.getKey(), table.getValue());
			List<Map<String, Object>> actual = rows(to, table.getKey(), table.getValue());
			assertThat(actual).as("rows of %s", table.getKey()).hasSameSizeAs(expected);
			for (int i = 0; i < expected.size(); i++) {
				assertThat(actual.get(i)).as("row %d of %s", i, table.getKey()).isEqualTo(expected.get(i));
			}
		}
	}

	static List<Map<String, Object>> rows(Connection connection, String table, List<String> key) throws SQLException {
		List<Map<String, Object>> rows = new ArrayList<>();
		Set<String> generated = generatedColumns(connection, table);
		String order = key.isEmpty() ? "" : " order by " + String.join(", ", key);
		try (Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("select * from " + table + order)) {
			ResultSetMetaData meta = result.getMetaData();
			while (result.next()) {
				Map<String, Object> row = new TreeMap<>();
				for (int i = 1; i <= meta.getColumnCount(); i++) {
					String column = meta.getColumnLabel(i).toLowerCase(Locale.ROOT);
					if (!generated.contains(column)) {
						row.put(column, normal(result.getObject(i)));
					}
				}
				rows.add(row);
			}
		}
		if (key.isEmpty()) {
			rows.sort((a, b) -> a.toString().compareTo(b.toString()));
		}
		return rows;
	}

	/**
	 * Columns the database computes itself (H2's marker of a figure's first entry, where
	 * PostgreSQL has a partial unique index): not data, and absent on the other side.
	 */
	static Set<String> generatedColumns(Connection connection, String table) throws SQLException {
		Set<String> generated = new HashSet<>();
		try (ResultSet columns = connection.getMetaData()
			.getColumns(connection.getCatalog(), connection.getSchema(), table, "%")) {
			while (columns.next()) {
				if ("YES".equalsIgnoreCase(columns.getString("IS_GENERATEDCOLUMN"))) {
					generated.add(columns.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
				}
			}
		}
		return generated;
	}

	/** A value as both databases can be compared on: instants, exact numbers, text. */
	static Object normal(Object value) throws SQLException {
		if (value instanceof Timestamp timestamp) {
			return timestamp.toInstant();
		}
		if (value instanceof OffsetDateTime time) {
			return time.toInstant();
		}
		if (value instanceof java.sql.Date date) {
			return date.toLocalDate();
		}
		if (value instanceof BigDecimal number) {
			return number.stripTrailingZeros().toPlainString();
		}
		if (value instanceof Integer || value instanceof Long || value instanceof Short) {
			return ((Number) value).longValue();
		}
		if (value instanceof Float || value instanceof Double) {
			return ((Number) value).doubleValue();
		}
		if (value instanceof byte[] bytes) {
			return HexFormat.of().formatHex(bytes);
		}
		if (value instanceof Clob clob) {
			return clob.getSubString(1, (int) clob.length());
		}
		return value;
	}

	static long count(Connection connection, String table) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select count(*) from " + table)) {
			rows.next();
			return rows.getLong(1);
		}
	}

	static Map<String, Long> counts(String url) throws SQLException {
		Map<String, Long> counts = new TreeMap<>();
		try (Connection connection = h2(url)) {
			for (String table : tables(connection).keySet()) {
				// the audit chain's head is the schema's own state, written by its
				// migration
				if (!table.equalsIgnoreCase("audit_chain_head")) {
					counts.put(table, count(connection, table));
				}
			}
		}
		return counts;
	}

	/** Identities restarted past the rows restored: a new region gets a new id. */
	static void assertNewRowsDoNotCollide(Connection connection) throws SQLException {
		long max;
		try (Statement statement = connection.createStatement()) {
			try (ResultSet rows = statement.executeQuery("select max(id) from region")) {
				rows.next();
				max = rows.getLong(1);
			}
			statement
				.executeUpdate("insert into region (name, short_name, level) values ('restored', 'restored', 'CITY')");
			try (ResultSet rows = statement.executeQuery("select id from region where name = 'restored'")) {
				rows.next();
				assertThat(rows.getLong(1)).isGreaterThan(max);
			}
		}
	}

}
