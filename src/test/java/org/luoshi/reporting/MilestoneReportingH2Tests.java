package org.luoshi.reporting;

import org.luoshi.testing.OnH2;

/** Reports against milestones on the embedded H2 database (PostgreSQL mode). */
@OnH2
class MilestoneReportingH2Tests extends MilestoneReportingContract {

}
