package org.luoshi.audit;

import org.luoshi.testing.OnH2;

/** The audit chain on the embedded H2 database. */
@OnH2
class AuditChainH2Tests extends AuditChainContract {

	@Override
	void dropTheTrigger() {
		this.jdbc.sql("drop trigger audit_entry_append_only").update();
	}

}
