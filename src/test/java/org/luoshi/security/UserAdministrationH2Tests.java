package org.luoshi.security;

import org.luoshi.testing.OnH2;

/** The user administration's contract on H2 in PostgreSQL mode, the embedded database. */
@OnH2
class UserAdministrationH2Tests extends UserAdministrationContract {

}
