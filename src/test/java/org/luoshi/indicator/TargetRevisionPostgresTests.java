package org.luoshi.indicator;

import org.luoshi.testing.OnPostgres;

/** Revised targets and the outlook on PostgreSQL, the production database. */
@OnPostgres
class TargetRevisionPostgresTests extends TargetRevisionContract {

}
