package org.luoshi.installation.internal.synthetic;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Rows by batched prepared inserts, one statement per table: the way into H2, and into
 * any database without COPY.
 */
final class BatchRows extends Rows {

	private final Map<Table, List<Object[]>> held = new EnumMap<>(Table.class);

	private final Map<Table, PreparedStatement> statements = new EnumMap<>(Table.class);

	private final boolean h2;

	BatchRows(Connection connection, boolean h2) throws SQLException {
		super(connection);
		this.h2 = h2;
		if (h2) {
			// every key the generator writes points at a row it wrote before (the tests
			// prove it): H2 need not look each one up; set back on close
			try (Statement statement = connection.createStatement()) {
				statement.execute("set referential_integrity false");
			}
		}
	}

	@Override
	protected void hold(Table table, Object[] values) {
		this.held.computeIfAbsent(table, (t) -> new ArrayList<>()).add(values);
	}

	@Override
	protected void send(Table table) throws SQLException {
		List<Object[]> rows = this.held.getOrDefault(table, List.of());
		if (rows.isEmpty()) {
			return;
		}
		PreparedStatement insert = statement(table);
		for (Object[] row : rows) {
			for (int i = 0; i < row.length; i++) {
				insert.setObject(i + 1, row[i]);
			}
			insert.addBatch();
		}
		insert.executeBatch();
		rows.clear();
	}

	private PreparedStatement statement(Table table) throws SQLException {
		PreparedStatement statement = this.statements.get(table);
		if (statement == null) {
			String marks = String.join(", ", Collections.nCopies(table.columns().size(), "?"));
			statement = this.connection.prepareStatement("insert into " + table.table() + " ("
					+ String.join(", ", table.columns()) + ") values (" + marks + ")");
			this.statements.put(table, statement);
		}
		return statement;
	}

	@Override
	public void close() {
		try {
			super.close();
		}
		finally {
			if (this.h2) {
				try (Statement statement = this.connection.createStatement()) {
					statement.execute("set referential_integrity true");
				}
				catch (SQLException ex) {
					throw new IllegalStateException("could not check foreign keys again: " + ex.getMessage(), ex);
				}
			}
		}
		for (PreparedStatement statement : this.statements.values()) {
			try {
				statement.close();
			}
			catch (SQLException ex) {
				// the rows are committed; a statement that fails to close changes nothing
			}
		}
	}

}
