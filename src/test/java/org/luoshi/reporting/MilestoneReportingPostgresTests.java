package org.luoshi.reporting;

import org.luoshi.testing.OnPostgres;

/** Reports against milestones on PostgreSQL, the production database. */
@OnPostgres
class MilestoneReportingPostgresTests extends MilestoneReportingContract {

}
