package org.luoshi.installation.internal;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.luoshi.installation.ArchiveSummary;
import org.luoshi.installation.InstallationRefusal;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes every table to the archive from one consistent read of the database (a single
 * read-only, repeatable-read transaction), each ordered by its primary key, one JSON
 * object a line. The archive is written beside the target and moved into place only when
 * complete, so a failed export leaves no half archive behind.
 */
public final class Exporter {

	private static final int FETCH_SIZE = 500;

	private Exporter() {
	}

	public static ArchiveSummary export(Connection connection, String schemaVersion, Path file, Instant now,
			JsonMapper json) throws SQLException, IOException {
		if (Files.exists(file)) {
			throw new InstallationRefusal("installation.refused.file-exists", file);
		}
		Path parent = file.toAbsolutePath().getParent();
		Files.createDirectories(parent);
		Path part = Files.createTempFile(parent, file.getFileName().toString(), ".part");
		boolean autoCommit = connection.getAutoCommit();
		try {
			connection.setAutoCommit(false);
			connection.setReadOnly(true);
			connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
			List<Schema.Table> tables = Schema.read(connection);
			Map<String, Long> rows = new LinkedHashMap<>();
			List<Manifest.Entry> entries = new ArrayList<>();
			try (ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(part)),
					StandardCharsets.UTF_8)) {
				for (Schema.Table table : tables) {
					String name = "tables/" + table.name() + ".jsonl";
					zip.putNextEntry(new ZipEntry(name));
					MessageDigest digest = sha256();
					long count = writeTable(connection, table, new DigestOutputStream(new Unclosed(zip), digest), json);
					zip.closeEntry();
					rows.put(table.name(), count);
					entries.add(new Manifest.Entry(table.name(), name, count, HexFormat.of().formatHex(digest.digest()),
							table.columnNames()));
				}
				String database = connection.getMetaData().getDatabaseProductName() + " "
						+ connection.getMetaData().getDatabaseProductVersion();
				Manifest manifest = new Manifest(Manifest.FORMAT_VERSION, schemaVersion, now.toString(), database,
						entries);
				zip.putNextEntry(new ZipEntry(Manifest.NAME));
				zip.write(manifest.write(json));
				zip.closeEntry();
			}
			connection.commit();
			Files.move(part, file, StandardCopyOption.ATOMIC_MOVE);
			return new ArchiveSummary(schemaVersion, rows);
		}
		finally {
			Files.deleteIfExists(part);
			try {
				connection.rollback();
			}
			finally {
				connection.setReadOnly(false);
				connection.setAutoCommit(autoCommit);
			}
		}
	}

	private static long writeTable(Connection connection, Schema.Table table, OutputStream out, JsonMapper json)
			throws SQLException, IOException {
		String columns = table.columns().stream().map((c) -> Schema.quote(c.name())).collect(Collectors.joining(", "));
		String order = table.order().stream().map(Schema::quote).collect(Collectors.joining(", "));
		String sql = "select " + columns + " from " + Schema.quote(table.name()) + " order by " + order;
		long count = 0;
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setFetchSize(FETCH_SIZE);
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					ObjectNode row = json.createObjectNode();
					int index = 1;
					for (Schema.Column column : table.columns()) {
						column.kind().write(rows, index++, column.name(), row);
					}
					out.write(json.writeValueAsBytes(row));
					out.write('\n');
					count++;
				}
			}
		}
		out.flush();
		return count;
	}

	static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java has SHA-256", ex);
		}
	}

	/** The zip stream, which closing one entry's writer must leave open. */
	private static final class Unclosed extends FilterOutputStream {

		Unclosed(OutputStream out) {
			super(out);
		}

		@Override
		public void write(byte[] bytes, int offset, int length) throws IOException {
			this.out.write(bytes, offset, length);
		}

		@Override
		public void close() throws IOException {
			flush();
		}

	}

}
