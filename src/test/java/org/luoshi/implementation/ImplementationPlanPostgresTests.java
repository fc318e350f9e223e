package org.luoshi.implementation;

import org.luoshi.testing.OnPostgres;

/** Implementation plans on PostgreSQL, the production database. */
@OnPostgres
class ImplementationPlanPostgresTests extends ImplementationPlanContract {

}
