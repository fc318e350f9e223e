package org.luoshi.installation.internal;

import java.util.ArrayList;
import java.util.List;

import org.luoshi.installation.InstallationRefusal;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The archive's {@code manifest.json}: the format, the Flyway schema version the data was
 * written at, when and from which database, and for every table its file, columns, row
 * count and the SHA-256 of the file.
 */
public record Manifest(int formatVersion, String schemaVersion, String exportedAt, String database,
		List<Entry> tables) {

	public static final String NAME = "manifest.json";

	public static final String FORMAT = "luoshi-installation";

	public static final int FORMAT_VERSION = 1;

	public record Entry(String table, String file, long rows, String sha256, List<String> columns) {
	}

	public Entry entry(String table) {
		return this.tables.stream().filter((e) -> e.table().equals(table)).findFirst().orElse(null);
	}

	public byte[] write(JsonMapper json) {
		ObjectNode root = json.createObjectNode();
		root.put("format", FORMAT);
		root.put("formatVersion", this.formatVersion);
		root.put("schemaVersion", this.schemaVersion);
		root.put("exportedAt", this.exportedAt);
		root.put("database", this.database);
		ArrayNode tables = root.putArray("tables");
		for (Entry entry : this.tables) {
			ObjectNode table = tables.addObject();
			table.put("name", entry.table());
			table.put("file", entry.file());
			table.put("rows", entry.rows());
			table.put("sha256", entry.sha256());
			ArrayNode columns = table.putArray("columns");
			entry.columns().forEach(columns::add);
		}
		return json.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
	}

	public static Manifest read(JsonMapper json, byte[] bytes, String archive) {
		try {
			JsonNode root = json.readTree(bytes);
			if (!FORMAT.equals(root.path("format").asString(null))) {
				throw new InstallationRefusal("installation.refused.not-an-archive", archive);
			}
			int format = root.path("formatVersion").asInt(0);
			if (format != FORMAT_VERSION) {
				throw new InstallationRefusal("installation.refused.format-version", archive, format, FORMAT_VERSION);
			}
			List<Entry> entries = new ArrayList<>();
			for (JsonNode table : root.path("tables")) {
				List<String> columns = new ArrayList<>();
				table.path("columns").forEach((c) -> columns.add(c.asString()));
				entries.add(new Entry(table.path("name").asString(), table.path("file").asString(),
						table.path("rows").asLong(), table.path("sha256").asString(), columns));
			}
			return new Manifest(format, root.path("schemaVersion").asString(), root.path("exportedAt").asString(null),
					root.path("database").asString(null), entries);
		}
		catch (JacksonException ex) {
			throw new InstallationRefusal(ex, "installation.refused.not-an-archive", archive);
		}
	}

}
