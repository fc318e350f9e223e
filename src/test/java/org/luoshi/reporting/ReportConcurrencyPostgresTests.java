package org.luoshi.reporting;

import org.luoshi.testing.OnPostgres;

/** The last-hour rush on PostgreSQL. */
@OnPostgres
class ReportConcurrencyPostgresTests extends ReportConcurrencyContract {

}
