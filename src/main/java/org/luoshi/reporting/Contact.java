package org.luoshi.reporting;

/**
 * An e-mail address reminders and escalations go to.
 *
 * @param leadership the organisation's leadership, who receive escalations (督办) but not
 * routine reminders
 */
public record Contact(String email, String name, boolean leadership) {

}
