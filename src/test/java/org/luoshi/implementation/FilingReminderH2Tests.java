package org.luoshi.implementation;

import org.luoshi.testing.OnH2;

/** Filing reminders on the embedded H2 database (PostgreSQL mode). */
@OnH2
class FilingReminderH2Tests extends FilingReminderContract {

}
