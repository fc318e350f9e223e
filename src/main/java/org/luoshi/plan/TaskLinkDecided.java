package org.luoshi.plan;

import org.luoshi.common.Audited;
import org.luoshi.common.Vocabulary;

/**
 * A link between a lower plan's task and the task above it was confirmed, rejected or set
 * by hand.
 *
 * @param linkId the link
 * @param childTaskId the lower task
 * @param childCode its number
 * @param parentTaskId the task above
 * @param parentCode its number
 * @param status what it is now: confirmed or rejected
 * @param actor who decided
 */
@Vocabulary("the audit summary is recorded once, in the office's language, and kept as written")
public record TaskLinkDecided(long linkId, long childTaskId, String childCode, long parentTaskId, String parentCode,
		String status, String actor) implements Audited {

	@Override
	public String action() {
		return "plan.task-link-" + this.status;
	}

	@Override
	public String subject() {
		return "task:" + this.childTaskId;
	}

	@Override
	public String summary() {
		String verb = TaskLinkView.CONFIRMED.equals(this.status) ? "确认" : "否定";
		return verb + "任务 " + this.childCode + " 承接上级任务 " + this.parentCode + "（关联 " + this.linkId + "）";
	}

}
