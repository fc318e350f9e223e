package org.luoshi.implementation.internal.document;

import org.luoshi.implementation.Due;

/**
 * One milestone of a measure.
 *
 * @param deliverable what is delivered, as written near the time limit (or the measure's
 * first sentence when the time limit stands alone)
 * @param due when it is due, or null when the document gives a time with no year and no
 * earlier year to take it from (the reader warns)
 * @param dueText the time limit as written (2013年6月底前)
 * @param recognition how completion is recognised (完成标志, 验收标准), or null
 */
public record ReadMilestone(String deliverable, Due due, String dueText, String recognition) {
}
