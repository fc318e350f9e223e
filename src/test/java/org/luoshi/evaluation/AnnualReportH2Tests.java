package org.luoshi.evaluation;

import org.luoshi.testing.OnH2;

/** The annual report on the embedded H2 database (PostgreSQL mode). */
@OnH2
class AnnualReportH2Tests extends AnnualReportContract {

}
