package org.luoshi.installation.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.luoshi.installation.ArchiveSummary;
import org.luoshi.installation.InstallationRefusal;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Restores an archive into an empty database at the archive's schema version. Before
 * anything is written it checks the archive whole: the manifest, every table's file
 * against its SHA-256 and row count, the tables and columns against the database's, and
 * that no table of the database has a row. Then every row goes in by INSERT alone (the
 * audit log accepts nothing else) in one transaction, parents before children; a key to a
 * row not yet inserted (a later successor, a cycle) is inserted empty and set by an
 * UPDATE of that row before the commit. After the commit every identity column is
 * restarted past the largest value restored, so that new rows do not collide with
 * restored ones.
 */
public final class Importer {

	private static final int BATCH = 500;

	private Importer() {
	}

	public static ArchiveSummary restore(Connection connection, String schemaVersion, Path file, JsonMapper json)
			throws SQLException, IOException {
		if (!Files.isRegularFile(file)) {
			throw new InstallationRefusal("installation.refused.no-archive", file);
		}
		String archive = String.valueOf(file.getFileName());
		try (ZipFile zip = open(file, archive)) {
			Manifest manifest = manifest(zip, archive, json);
			if (!schemaVersion.equals(manifest.schemaVersion())) {
				throw new InstallationRefusal("installation.refused.version-differs", archive, manifest.schemaVersion(),
						schemaVersion);
			}
			List<Schema.Table> tables = Schema.read(connection);
			sameTables(manifest, tables, archive);
			for (Manifest.Entry entry : manifest.tables()) {
				verify(zip, entry, archive);
			}
			boolean autoCommit = connection.getAutoCommit();
			Map<String, Long> restored;
			try {
				connection.setAutoCommit(false);
				empty(connection, tables);
				restored = insert(connection, zip, manifest, tables, json, archive);
				connection.commit();
			}
			catch (SQLException | RuntimeException | IOException ex) {
				connection.rollback();
				throw ex;
			}
			finally {
				connection.setAutoCommit(autoCommit);
			}
			restartIdentities(connection, tables);
			return new ArchiveSummary(schemaVersion, restored);
		}
	}

	private static ZipFile open(Path file, String archive) throws IOException {
		try {
			return new ZipFile(file.toFile(), StandardCharsets.UTF_8);
		}
		catch (ZipException ex) {
			throw new InstallationRefusal(ex, "installation.refused.not-an-archive", archive);
		}
	}

	private static Manifest manifest(ZipFile zip, String archive, JsonMapper json) throws IOException {
		ZipEntry entry = zip.getEntry(Manifest.NAME);
		if (entry == null) {
			throw new InstallationRefusal("installation.refused.not-an-archive", archive);
		}
		try (InputStream in = zip.getInputStream(entry)) {
			return Manifest.read(json, in.readAllBytes(), archive);
		}
	}

	/** The archive's tables and columns are the database's, no more and no fewer. */
	private static void sameTables(Manifest manifest, List<Schema.Table> tables, String archive) {
		Set<String> archived = manifest.tables()
			.stream()
			.map(Manifest.Entry::table)
			.collect(Collectors.toCollection(TreeSet::new));
		Set<String> present = tables.stream().map(Schema.Table::name).collect(Collectors.toCollection(TreeSet::new));
		if (!archived.equals(present)) {
			Set<String> differ = new TreeSet<>(archived);
			differ.addAll(present);
			Set<String> both = new HashSet<>(archived);
			both.retainAll(present);
			differ.removeAll(both);
			throw new InstallationRefusal("installation.refused.tables-differ", archive, String.join(", ", differ));
		}
		for (Schema.Table table : tables) {
			if (!new TreeSet<>(manifest.entry(table.name()).columns()).equals(new TreeSet<>(table.columnNames()))) {
				throw new InstallationRefusal("installation.refused.columns-differ", archive, table.name());
			}
		}
	}

	/** A table's file is there, whole: its SHA-256 and row count as the manifest says. */
	private static void verify(ZipFile zip, Manifest.Entry entry, String archive) throws IOException {
		ZipEntry file = zip.getEntry(entry.file());
		if (file == null) {
			throw new InstallationRefusal("installation.refused.file-missing", archive, entry.file());
		}
		MessageDigest digest = Exporter.sha256();
		long lines = 0;
		try (InputStream in = new DigestInputStream(zip.getInputStream(file), digest)) {
			byte[] buffer = new byte[64 * 1024];
			int read;
			while ((read = in.read(buffer)) >= 0) {
				for (int i = 0; i < read; i++) {
					if (buffer[i] == '\n') {
						lines++;
					}
				}
			}
		}
		String sha256 = HexFormat.of().formatHex(digest.digest());
		if (!sha256.equalsIgnoreCase(entry.sha256())) {
			throw new InstallationRefusal("installation.refused.hash-mismatch", archive, entry.file());
		}
		if (lines != entry.rows()) {
			throw new InstallationRefusal("installation.refused.rows-differ", archive, entry.table(), lines,
					entry.rows());
		}
	}

	/**
	 * Refuses a database holding data. A one-row table without an identity column is the
	 * schema's own state, written by the migrations into every new database (the audit
	 * chain's head): its row is replaced by the archive's, not counted as data.
	 */
	private static void empty(Connection connection, List<Schema.Table> tables) throws SQLException {
		for (Schema.Table table : tables) {
			long rows = count(connection, table.name());
			boolean schemaState = rows == 1 && table.columns().stream().noneMatch(Schema.Column::identity);
			if (schemaState) {
				try (Statement statement = connection.createStatement()) {
					statement.executeUpdate("delete from " + Schema.quote(table.name()));
				}
			}
			else if (rows > 0) {
				throw new InstallationRefusal("installation.refused.not-empty", table.name(), rows);
			}
		}
	}

	private static long count(Connection connection, String table) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select count(*) from " + Schema.quote(table))) {
			rows.next();
			return rows.getLong(1);
		}
	}

	/**
	 * A key set after its row was inserted: the row by primary key, the column, the
	 * value.
	 */
	private record Pending(Schema.Table table, List<JsonNode> key, Schema.Column column, JsonNode value) {
	}

	private static Map<String, Long> insert(Connection connection, ZipFile zip, Manifest manifest,
			List<Schema.Table> tables, JsonMapper json, String archive) throws SQLException, IOException {
		Set<String> tracked = Schema.referencedByDeferred(tables);
		Map<String, Set<String>> inserted = new HashMap<>();
		List<Pending> pending = new ArrayList<>();
		Map<String, Long> restored = new LinkedHashMap<>();
		for (Schema.Table table : tables) {
			Manifest.Entry entry = manifest.entry(table.name());
			Map<String, Schema.ForeignKey> deferred = new HashMap<>();
			table.deferred().forEach((k) -> deferred.put(k.column(), k));
			String trackedColumn = tracked.contains(table.name()) ? referencedColumn(tables, table.name()) : null;
			String sql = "insert into " + Schema.quote(table.name()) + " ("
					+ table.columns().stream().map((c) -> Schema.quote(c.name())).collect(Collectors.joining(", "))
					+ ") values (" + table.columns().stream().map((c) -> "?").collect(Collectors.joining(", ")) + ")";
			long rows = 0;
			try (PreparedStatement statement = connection.prepareStatement(sql);
					BufferedReader lines = new BufferedReader(new InputStreamReader(
							zip.getInputStream(zip.getEntry(entry.file())), StandardCharsets.UTF_8))) {
				String line;
				while ((line = lines.readLine()) != null) {
					JsonNode row = parse(json, line, archive, entry.file());
					int index = 1;
					for (Schema.Column column : table.columns()) {
						JsonNode value = row.get(column.name());
						Schema.ForeignKey key = deferred.get(column.name());
						if (key != null && value != null && !value.isNull()
								&& !inserted.getOrDefault(key.referencedTable(), Set.of()).contains(value.toString())) {
							pending.add(new Pending(table, table.primaryKey().stream().map(row::get).toList(), column,
									value));
							value = null;
						}
						column.kind().read(value, statement, index++, column.jdbcType());
					}
					if (trackedColumn != null) {
						inserted.computeIfAbsent(table.name(), (t) -> new HashSet<>())
							.add(String.valueOf(row.get(trackedColumn)));
					}
					statement.addBatch();
					if (++rows % BATCH == 0) {
						statement.executeBatch();
					}
				}
				if (rows % BATCH != 0) {
					statement.executeBatch();
				}
			}
			restored.put(table.name(), rows);
		}
		setPending(connection, pending);
		for (Schema.Table table : tables) {
			long rows = count(connection, table.name());
			if (rows != manifest.entry(table.name()).rows()) {
				throw new InstallationRefusal("installation.refused.rows-differ", archive, table.name(), rows,
						manifest.entry(table.name()).rows());
			}
		}
		return restored;
	}

	/** The column the deferred keys into a table name (its primary key). */
	private static String referencedColumn(List<Schema.Table> tables, String table) {
		return tables.stream()
			.flatMap((t) -> t.deferred().stream())
			.filter((k) -> k.referencedTable().equals(table))
			.map(Schema.ForeignKey::referencedColumn)
			.findFirst()
			.orElseThrow();
	}

	private static void setPending(Connection connection, List<Pending> pending) throws SQLException {
		for (Pending key : pending) {
			if (key.table().primaryKey().isEmpty()) {
				throw new IllegalStateException("a deferred key needs a primary key: " + key.table().name());
			}
			String sql = "update " + Schema.quote(key.table().name()) + " set " + Schema.quote(key.column().name())
					+ " = ? where "
					+ key.table()
						.primaryKey()
						.stream()
						.map((c) -> Schema.quote(c) + " = ?")
						.collect(Collectors.joining(" and "));
			try (PreparedStatement statement = connection.prepareStatement(sql)) {
				key.column().kind().read(key.value(), statement, 1, key.column().jdbcType());
				int index = 2;
				for (String name : key.table().primaryKey()) {
					Schema.Column column = key.table().column(name);
					column.kind().read(key.key().get(index - 2), statement, index++, column.jdbcType());
				}
				statement.executeUpdate();
			}
		}
	}

	private static JsonNode parse(JsonMapper json, String line, String archive, String file) {
		try {
			return json.readTree(line);
		}
		catch (JacksonException ex) {
			throw new InstallationRefusal(ex, "installation.refused.bad-row", archive, file);
		}
	}

	/** Moves every identity column on past the largest value restored. */
	private static void restartIdentities(Connection connection, List<Schema.Table> tables) throws SQLException {
		for (Schema.Table table : tables) {
			for (Schema.Column column : table.columns()) {
				if (!column.identity()) {
					continue;
				}
				long next;
				try (Statement statement = connection.createStatement();
						ResultSet rows = statement.executeQuery("select coalesce(max(" + Schema.quote(column.name())
								+ "), 0) + 1 from " + Schema.quote(table.name()))) {
					rows.next();
					next = rows.getLong(1);
				}
				try (Statement statement = connection.createStatement()) {
					statement.execute("alter table " + Schema.quote(table.name()) + " alter column "
							+ Schema.quote(column.name()) + " restart with " + next);
				}
			}
		}
	}

}
