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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Rows by batched prepared inserts, one statement per table: the way into H2, and into
 * any database without COPY. Given a second connection, the reports' tables go through it
 * on a thread of their own while the register's rows are written: H2 writes one
 * connection's rows on one core, and half of the rows are reports.
 */
final class BatchRows extends Rows {

	private static final List<Table> REPORTS = List.of(Table.REPORTING_CYCLE, Table.PROGRESS_REPORT, Table.REPORT_ENTRY,
			Table.REPORT_FIGURE);

	private final Map<Table, List<Object[]>> held = new EnumMap<>(Table.class);

	private final Map<Table, PreparedStatement> statements = new EnumMap<>(Table.class);

	private final Map<Table, PreparedStatement> reportStatements = new EnumMap<>(Table.class);

	private final boolean h2;

	private final Connection reports;

	private final ExecutorService reportWriter;

	private Future<?> reportsSent;

	BatchRows(Connection connection, Connection reports, boolean h2) throws SQLException {
		super(connection);
		this.h2 = h2;
		this.reports = reports;
		this.reportWriter = (reports != null) ? Executors.newSingleThreadExecutor() : null;
		if (reports != null) {
			reports.setAutoCommit(false);
		}
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
	void flush() {
		if (this.reports != null) {
			Map<Table, List<Object[]>> handed = new EnumMap<>(Table.class);
			for (Table table : REPORTS) {
				List<Object[]> rows = this.held.remove(table);
				if (rows != null && !rows.isEmpty()) {
					handed.put(table, rows);
				}
			}
			awaitReports();
			if (!handed.isEmpty()) {
				this.reportsSent = this.reportWriter.submit(() -> {
					for (Map.Entry<Table, List<Object[]>> rows : handed.entrySet()) {
						send(this.reports, this.reportStatements, rows.getKey(), rows.getValue());
					}
					this.reports.commit();
					return null;
				});
			}
		}
		super.flush();
	}

	private void awaitReports() {
		if (this.reportsSent == null) {
			return;
		}
		try {
			this.reportsSent.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while the reports were written", ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("writing generated reports failed: " + ex.getCause().getMessage(),
					ex.getCause());
		}
		finally {
			this.reportsSent = null;
		}
	}

	@Override
	protected void send(Table table) throws SQLException {
		List<Object[]> rows = this.held.getOrDefault(table, List.of());
		send(this.connection, this.statements, table, rows);
	}

	private static void send(Connection connection, Map<Table, PreparedStatement> statements, Table table,
			List<Object[]> rows) throws SQLException {
		if (rows.isEmpty()) {
			return;
		}
		PreparedStatement insert = statements.get(table);
		if (insert == null) {
			String marks = String.join(", ", Collections.nCopies(table.columns().size(), "?"));
			insert = connection.prepareStatement("insert into " + table.table() + " ("
					+ String.join(", ", table.columns()) + ") values (" + marks + ")");
			statements.put(table, insert);
		}
		for (Object[] row : rows) {
			for (int i = 0; i < row.length; i++) {
				insert.setObject(i + 1, row[i]);
			}
			insert.addBatch();
		}
		insert.executeBatch();
		rows.clear();
	}

	@Override
	public void close() {
		try {
			super.close();
			awaitReports();
		}
		finally {
			if (this.reportWriter != null) {
				this.reportWriter.shutdown();
			}
			if (this.h2) {
				try (Statement statement = this.connection.createStatement()) {
					statement.execute("set referential_integrity true");
				}
				catch (SQLException ex) {
					throw new IllegalStateException("could not check foreign keys again: " + ex.getMessage(), ex);
				}
			}
		}
		List<PreparedStatement> all = new ArrayList<>(this.statements.values());
		all.addAll(this.reportStatements.values());
		for (PreparedStatement statement : all) {
			try {
				statement.close();
			}
			catch (SQLException ex) {
				// the rows are committed; a statement that fails to close changes nothing
			}
		}
	}

}
