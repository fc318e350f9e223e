package org.luoshi.reporting;

import org.luoshi.testing.OnH2;

/** The last-hour rush on the embedded H2 database. */
@OnH2
class ReportConcurrencyH2Tests extends ReportConcurrencyContract {

}
