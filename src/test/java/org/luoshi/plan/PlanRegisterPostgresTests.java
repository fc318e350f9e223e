package org.luoshi.plan;

import org.luoshi.testing.OnPostgres;

/** The register's contract on PostgreSQL, the production database. */
@OnPostgres
class PlanRegisterPostgresTests extends PlanRegisterContract {

}
