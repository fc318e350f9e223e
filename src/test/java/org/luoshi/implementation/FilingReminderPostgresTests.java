package org.luoshi.implementation;

import org.luoshi.testing.OnPostgres;

/** Filing reminders on PostgreSQL, the production database. */
@OnPostgres
class FilingReminderPostgresTests extends FilingReminderContract {

}
