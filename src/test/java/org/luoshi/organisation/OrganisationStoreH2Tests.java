package org.luoshi.organisation;

import org.luoshi.testing.OnH2;

/** The directory's contract on H2 in PostgreSQL mode, the embedded database. */
@OnH2
class OrganisationStoreH2Tests extends OrganisationStoreContract {

}
