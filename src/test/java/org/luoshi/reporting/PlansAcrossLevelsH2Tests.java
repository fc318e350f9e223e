package org.luoshi.reporting;

import org.luoshi.testing.OnH2;

/** Plans across levels on the embedded H2 database (PostgreSQL mode), the default. */
@OnH2
class PlansAcrossLevelsH2Tests extends PlansAcrossLevelsContract {

}
