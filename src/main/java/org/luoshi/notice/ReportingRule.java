package org.luoshi.notice;

import java.time.MonthDay;

/**
 * The yearly progress report the notice orders.
 *
 * @param who who must report, as written (各有关部门)
 * @param what what they report
 * @param to to whom (省政府)
 * @param deadline the yearly deadline (每年3月底前 → --03-31)
 * @param text the sentence as written
 * @param line 1-based source line
 */
public record ReportingRule(String who, String what, String to, MonthDay deadline, String text, int line) {
}
