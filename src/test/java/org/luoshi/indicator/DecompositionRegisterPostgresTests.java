package org.luoshi.indicator;

import org.luoshi.testing.OnPostgres;

/** Decompositions on PostgreSQL, the production database. */
@OnPostgres
class DecompositionRegisterPostgresTests extends DecompositionRegisterContract {

}
