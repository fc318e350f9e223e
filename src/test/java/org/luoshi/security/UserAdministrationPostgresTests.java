package org.luoshi.security;

import org.luoshi.testing.OnPostgres;

/** The user administration's contract on PostgreSQL 17. */
@OnPostgres
class UserAdministrationPostgresTests extends UserAdministrationContract {

}
