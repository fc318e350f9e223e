package org.luoshi.installation.internal;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The tables of the installation as the database's metadata describes them, in the order
 * they can be filled: a table after every table its foreign keys reference. A foreign key
 * to the table itself (an organisation's successor, a region's parent), or one that
 * closes a cycle between tables, is marked deferred: its value is set once the row it
 * names is there. Flyway's own history table is not part of the installation's data: the
 * schema version stands in the manifest instead.
 */
public final class Schema {

	/** Flyway's table, skipped: the target database has its own, at the same version. */
	public static final String FLYWAY_HISTORY = "flyway_schema_history";

	private Schema() {
	}

	public record Column(String name, int jdbcType, String typeName, ColumnKind kind, boolean nullable,
			boolean identity) {
	}

	public record ForeignKey(String column, String referencedTable, String referencedColumn, boolean deferred) {
	}

	public record Table(String name, List<Column> columns, List<String> primaryKey, List<ForeignKey> foreignKeys) {

		public Column column(String name) {
			return this.columns.stream().filter((c) -> c.name().equals(name)).findFirst().orElse(null);
		}

		public List<String> columnNames() {
			return this.columns.stream().map(Column::name).toList();
		}

		/** The columns the rows are ordered by: the primary key, or every column. */
		public List<String> order() {
			return this.primaryKey.isEmpty() ? columnNames() : this.primaryKey;
		}

		public List<ForeignKey> deferred() {
			return this.foreignKeys.stream().filter(ForeignKey::deferred).toList();
		}

	}

	/** The tables of the connection's current schema, parents before children. */
	public static List<Table> read(Connection connection) throws SQLException {
		DatabaseMetaData meta = connection.getMetaData();
		String catalog = connection.getCatalog();
		String schema = connection.getSchema();
		Map<String, Table> tables = new TreeMap<>();
		for (String name : tableNames(meta, catalog, schema)) {
			tables.put(name, new Table(name, columns(meta, catalog, schema, name),
					primaryKey(meta, catalog, schema, name), foreignKeys(meta, catalog, schema, name)));
		}
		return ordered(tables);
	}

	/** A name as an SQL identifier, quoted so that its case is kept. */
	public static String quote(String name) {
		return "\"" + name.replace("\"", "\"\"") + "\"";
	}

	private static List<String> tableNames(DatabaseMetaData meta, String catalog, String schema) throws SQLException {
		List<String> names = new ArrayList<>();
		try (ResultSet rows = meta.getTables(catalog, schema, "%", null)) {
			while (rows.next()) {
				String type = String.valueOf(rows.getString("TABLE_TYPE")).toUpperCase(Locale.ROOT);
				String name = rows.getString("TABLE_NAME");
				if ((type.equals("TABLE") || type.equals("BASE TABLE")) && !name.equalsIgnoreCase(FLYWAY_HISTORY)) {
					names.add(name);
				}
			}
		}
		return names;
	}

	private static List<Column> columns(DatabaseMetaData meta, String catalog, String schema, String table)
			throws SQLException {
		Map<Integer, Column> columns = new TreeMap<>();
		try (ResultSet rows = meta.getColumns(catalog, schema, table, "%")) {
			while (rows.next()) {
				String name = rows.getString("COLUMN_NAME");
				// a generated column is the database's own arithmetic (H2's marker of a
				// figure's first entry): neither exported nor inserted
				if ("YES".equalsIgnoreCase(rows.getString("IS_GENERATEDCOLUMN"))) {
					continue;
				}
				int type = rows.getInt("DATA_TYPE");
				String typeName = rows.getString("TYPE_NAME");
				boolean nullable = rows.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls;
				boolean identity = "YES".equalsIgnoreCase(rows.getString("IS_AUTOINCREMENT"));
				columns.put(rows.getInt("ORDINAL_POSITION"), new Column(name, type, typeName,
						ColumnKind.of(table, name, type, typeName), nullable, identity));
			}
		}
		return List.copyOf(columns.values());
	}

	private static List<String> primaryKey(DatabaseMetaData meta, String catalog, String schema, String table)
			throws SQLException {
		Map<Integer, String> key = new TreeMap<>();
		try (ResultSet rows = meta.getPrimaryKeys(catalog, schema, table)) {
			while (rows.next()) {
				key.put(rows.getInt("KEY_SEQ"), rows.getString("COLUMN_NAME"));
			}
		}
		return List.copyOf(key.values());
	}

	private static List<ForeignKey> foreignKeys(DatabaseMetaData meta, String catalog, String schema, String table)
			throws SQLException {
		List<ForeignKey> keys = new ArrayList<>();
		try (ResultSet rows = meta.getImportedKeys(catalog, schema, table)) {
			while (rows.next()) {
				String referenced = rows.getString("PKTABLE_NAME");
				keys.add(new ForeignKey(rows.getString("FKCOLUMN_NAME"), referenced, rows.getString("PKCOLUMN_NAME"),
						referenced.equals(table)));
			}
		}
		keys.sort(Comparator.comparing(ForeignKey::column));
		return keys;
	}

	/**
	 * Parents first (Kahn's order, ties by name); where the remaining tables reference
	 * each other in a cycle, the first of them by name goes next with its keys into the
	 * cycle deferred.
	 */
	private static List<Table> ordered(Map<String, Table> tables) {
		Map<String, Table> remaining = new TreeMap<>(tables);
		List<Table> ordered = new ArrayList<>();
		Set<String> placed = new LinkedHashSet<>();
		while (!remaining.isEmpty()) {
			Table next = null;
			for (Table table : remaining.values()) {
				if (table.foreignKeys()
					.stream()
					.allMatch((k) -> k.deferred() || placed.contains(k.referencedTable())
							|| !tables.containsKey(k.referencedTable()))) {
					next = table;
					break;
				}
			}
			if (next == null) {
				Table first = remaining.values().iterator().next();
				List<ForeignKey> keys = first.foreignKeys()
					.stream()
					.map((k) -> (k.deferred() || placed.contains(k.referencedTable())) ? k
							: new ForeignKey(k.column(), k.referencedTable(), k.referencedColumn(), true))
					.toList();
				next = new Table(first.name(), first.columns(), first.primaryKey(), keys);
			}
			ordered.add(next);
			placed.add(next.name());
			remaining.remove(next.name());
		}
		return ordered;
	}

	/** The tables by name, for looking up. */
	public static Map<String, Table> byName(List<Table> tables) {
		Map<String, Table> map = new LinkedHashMap<>();
		tables.forEach((t) -> map.put(t.name(), t));
		return map;
	}

	/** The names of the tables referenced by a deferred key, whose keys are tracked. */
	public static Set<String> referencedByDeferred(List<Table> tables) {
		Set<String> names = new TreeSet<>();
		tables.forEach((t) -> t.deferred().forEach((k) -> names.add(k.referencedTable())));
		return names;
	}

}
