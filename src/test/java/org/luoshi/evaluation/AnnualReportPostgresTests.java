package org.luoshi.evaluation;

import org.luoshi.testing.OnPostgres;

/** The annual report on PostgreSQL, the production database. */
@OnPostgres
class AnnualReportPostgresTests extends AnnualReportContract {

}
