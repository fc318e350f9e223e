package org.luoshi.reporting.internal;

import org.luoshi.testing.OnPostgres;

/** The mail outbox on PostgreSQL 17. */
@OnPostgres
class MailOutboxPostgresTests extends MailOutboxContract {

}
