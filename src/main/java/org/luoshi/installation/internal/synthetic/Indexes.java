package org.luoshi.installation.internal.synthetic;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The plain (not unique, not a constraint's) indexes of the tables the generator fills,
 * dropped before it writes and built again once everything is in: building an index over
 * a million rows at once is several times cheaper than keeping it current row by row.
 * Read from the database itself, so an index a later migration adds is kept as well.
 */
final class Indexes {

	private final Map<String, String> created;

	private Indexes(Map<String, String> created) {
		this.created = created;
	}

	/** Drops the indexes, remembering how to build each again. */
	static Indexes setAside(Connection connection) throws SQLException {
		boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
		Map<String, String> created = postgres ? postgres(connection) : h2(connection);
		try (Statement statement = connection.createStatement()) {
			for (String index : created.keySet()) {
				statement.execute("drop index " + index);
			}
		}
		connection.commit();
		return new Indexes(created);
	}

	void rebuild(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			for (String create : this.created.values()) {
				statement.execute(create);
			}
		}
		connection.commit();
	}

	private static List<String> tables() {
		List<String> tables = new ArrayList<>();
		for (Table table : Table.values()) {
			tables.add(table.table());
		}
		return tables;
	}

	private static Map<String, String> postgres(Connection connection) throws SQLException {
		Map<String, String> created = new LinkedHashMap<>();
		try (PreparedStatement query = connection.prepareStatement("""
				select i.indexname, i.indexdef from pg_indexes i
				where i.schemaname = current_schema() and i.tablename = any (?)
				and i.indexdef not like 'CREATE UNIQUE%'
				and not exists (select 1 from pg_constraint c where c.conname = i.indexname)
				order by i.indexname""")) {
			query.setArray(1, connection.createArrayOf("varchar", tables().toArray()));
			try (ResultSet rows = query.executeQuery()) {
				while (rows.next()) {
					created.put(rows.getString(1), rows.getString(2));
				}
			}
		}
		return created;
	}

	private static Map<String, String> h2(Connection connection) throws SQLException {
		Map<String, StringBuilder> columns = new LinkedHashMap<>();
		Map<String, String> tableOf = new LinkedHashMap<>();
		try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery("""
				select i.index_name, i.table_name, c.column_name, c.ordering_specification
				from information_schema.indexes i
				join information_schema.index_columns c on c.index_schema = i.index_schema
				and c.index_name = i.index_name
				where i.table_schema = current_schema() and i.index_type_name = 'INDEX'
				and not exists (select 1 from information_schema.table_constraints t
				                where t.index_schema = i.index_schema and t.index_name = i.index_name)
				order by i.index_name, c.ordinal_position""")) {
			while (rows.next()) {
				if (!tables().contains(rows.getString(2))) {
					continue;
				}
				tableOf.put(rows.getString(1), rows.getString(2));
				StringBuilder list = columns.computeIfAbsent(rows.getString(1), (i) -> new StringBuilder());
				if (!list.isEmpty()) {
					list.append(", ");
				}
				list.append(rows.getString(3)).append(' ').append(rows.getString(4));
			}
		}
		Map<String, String> created = new LinkedHashMap<>();
		columns.forEach((index, list) -> created.put(index,
				"create index " + index + " on " + tableOf.get(index) + " (" + list + ")"));
		return created;
	}

}
