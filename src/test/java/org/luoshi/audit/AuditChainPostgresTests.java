package org.luoshi.audit;

import org.luoshi.testing.OnPostgres;

/** The audit chain on PostgreSQL. */
@OnPostgres
class AuditChainPostgresTests extends AuditChainContract {

	@Override
	void dropTheTrigger() {
		this.jdbc.sql("alter table audit_entry disable trigger audit_entry_append_only").update();
	}

}
