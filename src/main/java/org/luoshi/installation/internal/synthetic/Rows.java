package org.luoshi.installation.internal.synthetic;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.Map;

/**
 * Where generated rows go: held per table and sent in {@link Table} order once enough
 * have gathered, then committed, so that memory stays flat whatever the size and a
 * foreign key never points at a row not yet sent. Counts every row it was given.
 */
abstract class Rows implements AutoCloseable {

	// big enough that a round trip carries thousands of rows, small enough to stay a few
	// megabytes
	private static final int FLUSH_AT = 20_000;

	protected final Connection connection;

	private final Map<Table, Long> counts = new EnumMap<>(Table.class);

	private int held;

	Rows(Connection connection) {
		this.connection = connection;
	}

	/** PostgreSQL takes rows by COPY, any other database by batched inserts. */
	static Rows on(Connection connection) throws SQLException {
		connection.setAutoCommit(false);
		String product = connection.getMetaData().getDatabaseProductName().toLowerCase();
		return product.contains("postgres") ? new CopyRows(connection)
				: new BatchRows(connection, product.contains("h2"));
	}

	void add(Table table, Object... values) {
		if (values.length != table.columns().size()) {
			throw new IllegalArgumentException(table + " takes " + table.columns().size() + " values");
		}
		hold(table, values);
		this.counts.merge(table, 1L, Long::sum);
		if (++this.held >= FLUSH_AT) {
			flush();
		}
	}

	/** Sends every row held, parents first, and commits them. */
	void flush() {
		try {
			for (Table table : Table.values()) {
				send(table);
			}
			this.connection.commit();
			this.held = 0;
		}
		catch (SQLException ex) {
			throw new IllegalStateException("writing generated rows failed: " + ex.getMessage(), ex);
		}
	}

	long count(Table table) {
		return this.counts.getOrDefault(table, 0L);
	}

	Map<Table, Long> counts() {
		return new EnumMap<>(this.counts);
	}

	protected abstract void hold(Table table, Object[] values);

	protected abstract void send(Table table) throws SQLException;

	@Override
	public void close() {
		flush();
	}

}
