package org.luoshi.plan;

import org.luoshi.testing.OnH2;

/** The register's contract on the embedded H2 database (PostgreSQL mode), the default. */
@OnH2
class PlanRegisterH2Tests extends PlanRegisterContract {

}
