package org.luoshi.implementation;

import org.luoshi.testing.OnH2;

/** Implementation plans on the embedded H2 database (PostgreSQL mode). */
@OnH2
class ImplementationPlanH2Tests extends ImplementationPlanContract {

}
