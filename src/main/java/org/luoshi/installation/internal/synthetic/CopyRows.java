package org.luoshi.installation.internal.synthetic;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Map;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Rows into PostgreSQL by {@code COPY … FROM STDIN} in its text format: several times
 * faster than even rewritten batched inserts, since the server parses no statement per
 * row.
 */
final class CopyRows extends Rows {

	private final Map<Table, StringBuilder> held = new EnumMap<>(Table.class);

	private final CopyManager copy;

	CopyRows(Connection connection) throws SQLException {
		super(connection);
		this.copy = connection.unwrap(PGConnection.class).getCopyAPI();
	}

	@Override
	protected void hold(Table table, Object[] values) {
		StringBuilder rows = this.held.computeIfAbsent(table, (t) -> new StringBuilder(1 << 16));
		for (int i = 0; i < values.length; i++) {
			if (i > 0) {
				rows.append('\t');
			}
			field(rows, values[i]);
		}
		rows.append('\n');
	}

	@Override
	protected void send(Table table) throws SQLException {
		StringBuilder rows = this.held.get(table);
		if (rows == null || rows.isEmpty()) {
			return;
		}
		try {
			this.copy.copyIn("copy " + table.table() + " (" + String.join(", ", table.columns()) + ") from stdin",
					new StringReader(rows.toString()));
		}
		catch (IOException ex) {
			throw new SQLException("COPY into " + table.table() + " failed", ex);
		}
		rows.setLength(0);
	}

	private static void field(StringBuilder rows, Object value) {
		if (value == null) {
			rows.append("\\N");
		}
		else if (value instanceof byte[] bytes) {
			// bytea's hex form, its backslash escaped for COPY
			rows.append("\\\\x").append(HexFormat.of().formatHex(bytes));
		}
		else if (value instanceof BigDecimal number) {
			rows.append(number.toPlainString());
		}
		else {
			escaped(rows, value.toString());
		}
	}

	private static void escaped(StringBuilder rows, String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '\\' -> rows.append("\\\\");
				case '\t' -> rows.append("\\t");
				case '\n' -> rows.append("\\n");
				case '\r' -> rows.append("\\r");
				default -> rows.append(c);
			}
		}
	}

}
