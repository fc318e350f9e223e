package org.luoshi.reporting.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * Times read from the database shown in the time zone of the cycle they belong to: H2
 * gives back the offset written, PostgreSQL UTC.
 */
final class Times {

	private Times() {
	}

	static OffsetDateTime in(ResultSet rs, String column, ZoneId zone) throws SQLException {
		OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
		return (at != null) ? at.atZoneSameInstant(zone).toOffsetDateTime() : null;
	}

}
