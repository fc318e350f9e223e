package org.luoshi.reporting;

import org.luoshi.testing.OnPostgres;

/** Cycles, reports and versions on PostgreSQL, the production database. */
@OnPostgres
class ReportingStorePostgresTests extends ReportingStoreContract {

}
