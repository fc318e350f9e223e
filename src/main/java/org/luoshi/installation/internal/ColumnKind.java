package org.luoshi.installation.internal;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.Locale;

import org.luoshi.installation.InstallationRefusal;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * How a column's values are written to the archive and read back, the same on H2 and
 * PostgreSQL: integers as JSON numbers, decimals as their exact digits in a string, dates
 * and times in ISO-8601 (with the offset where the column keeps one), binary columns in
 * base64. A value is written by the kind of the column it comes from and read by the kind
 * of the column it goes to, so an archive of one database restores into the other.
 */
public enum ColumnKind {

	INTEGER, DECIMAL, FLOAT, BOOLEAN, TEXT, DATE, TIME, TIMESTAMP, TIMESTAMP_TZ, BINARY;

	/** The kind of a column as JDBC metadata describes it. */
	public static ColumnKind of(String table, String column, int jdbcType, String typeName) {
		String name = (typeName != null) ? typeName.toLowerCase(Locale.ROOT) : "";
		return switch (jdbcType) {
			case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> INTEGER;
			case Types.NUMERIC, Types.DECIMAL -> DECIMAL;
			case Types.DOUBLE, Types.FLOAT, Types.REAL -> FLOAT;
			case Types.BOOLEAN, Types.BIT -> BOOLEAN;
			case Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.NCHAR, Types.NVARCHAR, Types.LONGNVARCHAR,
					Types.CLOB, Types.NCLOB ->
				TEXT;
			case Types.DATE -> DATE;
			case Types.TIME -> TIME;
			case Types.TIMESTAMP_WITH_TIMEZONE -> TIMESTAMP_TZ;
			case Types.TIMESTAMP -> (name.contains("tz") || name.contains("time zone")) ? TIMESTAMP_TZ : TIMESTAMP;
			case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> BINARY;
			default -> throw new InstallationRefusal("installation.refused.unsupported-type", table, column, typeName);
		};
	}

	/** Puts the value of column {@code index} of the current row into {@code row}. */
	public void write(ResultSet rows, int index, String name, ObjectNode row) throws SQLException {
		switch (this) {
			case INTEGER -> {
				long value = rows.getLong(index);
				if (rows.wasNull()) {
					row.putNull(name);
				}
				else {
					row.put(name, value);
				}
			}
			case DECIMAL -> {
				BigDecimal value = rows.getBigDecimal(index);
				putText(row, name, (value != null) ? value.toPlainString() : null);
			}
			case FLOAT -> {
				double value = rows.getDouble(index);
				if (rows.wasNull()) {
					row.putNull(name);
				}
				else if (Double.isFinite(value)) {
					row.put(name, value);
				}
				else {
					row.put(name, Double.toString(value));
				}
			}
			case BOOLEAN -> {
				boolean value = rows.getBoolean(index);
				if (rows.wasNull()) {
					row.putNull(name);
				}
				else {
					row.put(name, value);
				}
			}
			case TEXT -> putText(row, name, rows.getString(index));
			case DATE -> putText(row, name, text(rows.getObject(index, LocalDate.class)));
			case TIME -> putText(row, name, text(rows.getObject(index, LocalTime.class)));
			case TIMESTAMP -> putText(row, name, text(rows.getObject(index, LocalDateTime.class)));
			case TIMESTAMP_TZ -> putText(row, name, text(rows.getObject(index, OffsetDateTime.class)));
			case BINARY -> {
				byte[] value = rows.getBytes(index);
				putText(row, name, (value != null) ? Base64.getEncoder().encodeToString(value) : null);
			}
		}
	}

	/** Sets parameter {@code index} to the archived {@code value}. */
	public void read(JsonNode value, PreparedStatement statement, int index, int jdbcType) throws SQLException {
		if (value == null || value.isNull()) {
			statement.setNull(index, jdbcType);
			return;
		}
		switch (this) {
			case INTEGER -> {
				if (jdbcType == Types.BIGINT) {
					statement.setLong(index, value.asLong());
				}
				else {
					statement.setInt(index, value.asInt());
				}
			}
			case DECIMAL -> statement.setBigDecimal(index, new BigDecimal(value.asString()));
			case FLOAT ->
				statement.setDouble(index, value.isNumber() ? value.asDouble() : Double.parseDouble(value.asString()));
			case BOOLEAN -> statement.setBoolean(index, value.asBoolean());
			case TEXT -> statement.setString(index, value.asString());
			case DATE -> statement.setObject(index, LocalDate.parse(value.asString()));
			case TIME -> statement.setObject(index, LocalTime.parse(value.asString()));
			case TIMESTAMP -> statement.setObject(index, LocalDateTime.parse(value.asString()));
			case TIMESTAMP_TZ -> statement.setObject(index, OffsetDateTime.parse(value.asString()));
			case BINARY -> statement.setBytes(index, Base64.getDecoder().decode(value.asString()));
		}
	}

	private static String text(Object value) {
		return (value != null) ? value.toString() : null;
	}

	private static void putText(ObjectNode row, String name, String value) {
		if (value == null) {
			row.putNull(name);
		}
		else {
			row.put(name, value);
		}
	}

}
