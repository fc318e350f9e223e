package org.luoshi.plan;

import org.luoshi.common.Vocabulary;
import org.luoshi.common.Audited;

/**
 * The office corrected a task in the register.
 *
 * @param taskId the task
 * @param code its number (chapter.section.n)
 * @param field text, responsible or lead
 * @param previousValue the value before
 * @param newValue the value after
 * @param actor who corrected it
 */
@Vocabulary("the audit summary is recorded once, in the office's language, and kept as written")
public record TaskCorrected(long taskId, String code, String field, String previousValue, String newValue,
		String actor) implements Audited {

	@Override
	public String action() {
		return "plan.task-corrected";
	}

	@Override
	public String subject() {
		return "task:" + taskId;
	}

	@Override
	public String summary() {
		return "更正任务 " + code + " 的" + field + "：「" + previousValue + "」→「" + newValue + "」";
	}

}
