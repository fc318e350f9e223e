package org.luoshi.installation.internal.synthetic;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumMap;
import java.util.Map;

/**
 * The generator numbers its rows itself, past the largest id each table holds, so that a
 * child row knows its parent's id without a round trip; {@link #restart} then moves every
 * identity column past them, so the application's own inserts continue from there.
 */
final class Ids {

	private final Map<Table, Long> next = new EnumMap<>(Table.class);

	Ids(Connection connection) throws SQLException {
		for (Table table : Table.values()) {
			if (table.numbered()) {
				try (Statement statement = connection.createStatement();
						ResultSet max = statement.executeQuery("select coalesce(max(id), 0) from " + table.table())) {
					max.next();
					this.next.put(table, max.getLong(1) + 1);
				}
			}
		}
	}

	long next(Table table) {
		return this.next.merge(table, 1L, Long::sum) - 1;
	}

	void restart(Connection connection) throws SQLException {
		for (Map.Entry<Table, Long> table : this.next.entrySet()) {
			try (Statement statement = connection.createStatement()) {
				statement.execute(
						"alter table " + table.getKey().table() + " alter column id restart with " + table.getValue());
			}
		}
		connection.commit();
	}

}
