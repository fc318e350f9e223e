package org.luoshi.organisation;

import org.luoshi.testing.OnPostgres;

/** The directory's contract on PostgreSQL 17. */
@OnPostgres
class OrganisationStorePostgresTests extends OrganisationStoreContract {

}
