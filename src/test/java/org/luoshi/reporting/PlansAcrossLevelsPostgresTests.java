package org.luoshi.reporting;

import org.luoshi.testing.OnPostgres;

/** Plans across levels on PostgreSQL, the production database. */
@OnPostgres
class PlansAcrossLevelsPostgresTests extends PlansAcrossLevelsContract {

}
