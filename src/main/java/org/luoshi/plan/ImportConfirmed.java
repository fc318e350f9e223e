package org.luoshi.plan;

/**
 * A notice went into the register: a new plan or a revision of one. Published after the
 * office confirmed it.
 *
 * @param planId the plan
 * @param noticeId the stored notice
 * @param revision 1 for the original division, then 2, 3, …
 * @param tasks the plan's task count afterwards
 */
public record ImportConfirmed(long planId, long noticeId, int revision, int tasks) {
}
