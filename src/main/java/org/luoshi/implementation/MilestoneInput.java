package org.luoshi.implementation;

/**
 * A milestone as a reporter writes it.
 *
 * @param deliverable what is delivered (a document issued, a project started)
 * @param due by when: {@code 2013-06-30}, {@code 2013-06}, {@code 2013-Q3} or
 * {@code 2013}
 * @param recognition how its completion is recognised (完成标志), or null
 */
public record MilestoneInput(String deliverable, String due, String recognition) {

}
