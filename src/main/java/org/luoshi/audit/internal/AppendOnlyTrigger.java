package org.luoshi.audit.internal;

import java.sql.Connection;
import java.sql.SQLException;

import org.h2.api.Trigger;

/**
 * On H2, refuses every update and delete of an audit entry (on PostgreSQL a plpgsql
 * trigger does the same): the log is only ever appended to.
 */
public class AppendOnlyTrigger implements Trigger {

	@Override
	public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
		throw new SQLException("audit_entry is append-only", "55000");
	}

}
