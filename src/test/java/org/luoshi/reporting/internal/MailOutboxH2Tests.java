package org.luoshi.reporting.internal;

/** The mail outbox on H2. */
class MailOutboxH2Tests extends MailOutboxContract {

}
