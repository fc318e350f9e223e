package org.luoshi.indicator;

import org.luoshi.testing.OnH2;

/** Decompositions on the embedded H2 database (PostgreSQL mode), the default. */
@OnH2
class DecompositionRegisterH2Tests extends DecompositionRegisterContract {

}
