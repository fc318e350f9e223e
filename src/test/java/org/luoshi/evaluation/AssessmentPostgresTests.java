package org.luoshi.evaluation;

import org.luoshi.testing.OnPostgres;

/** The responsibility assessment on PostgreSQL, the production database. */
@OnPostgres
class AssessmentPostgresTests extends AssessmentContract {

}
