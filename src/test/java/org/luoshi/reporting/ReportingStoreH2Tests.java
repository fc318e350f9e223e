package org.luoshi.reporting;

import org.luoshi.testing.OnH2;

/** Cycles, reports and versions on the embedded H2 database (PostgreSQL mode). */
@OnH2
class ReportingStoreH2Tests extends ReportingStoreContract {

}
