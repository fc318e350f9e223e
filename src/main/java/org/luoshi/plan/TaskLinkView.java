package org.luoshi.plan;

import java.time.OffsetDateTime;

/**
 * A task of a lower plan linked to the task of the plan above that it carries down, with
 * what the pages across both levels show of each.
 *
 * @param id the link
 * @param status proposed, confirmed or rejected
 * @param similarity how alike the two texts are (0..1) when proposed; null for a link set
 * by hand
 * @param version for deciding it without overwriting another's decision
 * @param childTaskId the lower plan's task
 * @param childCode its number in the lower plan
 * @param childText its words
 * @param childPlanId the lower plan
 * @param childPlanTitle its title
 * @param childIssuerId the organisation that issued the lower plan, or null
 * @param leadId the organisation that leads the lower task (its first listed), or null
 * @param leadName its name
 * @param parentTaskId the task of the plan above
 * @param parentCode its number
 * @param parentText its words
 * @param parentPlanId the plan above
 * @param parentPlanTitle its title
 * @param decidedBy who confirmed or rejected it, or null
 * @param decidedAt when, or null
 */
public record TaskLinkView(long id, String status, Double similarity, int version, long childTaskId, String childCode,
		String childText, long childPlanId, String childPlanTitle, Long childIssuerId, Long leadId, String leadName,
		long parentTaskId, String parentCode, String parentText, long parentPlanId, String parentPlanTitle,
		String decidedBy, OffsetDateTime decidedAt) {

	public static final String PROPOSED = "proposed";

	public static final String CONFIRMED = "confirmed";

	public static final String REJECTED = "rejected";

	public boolean proposed() {
		return PROPOSED.equals(this.status);
	}

	public boolean confirmed() {
		return CONFIRMED.equals(this.status);
	}

}
