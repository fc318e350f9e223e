package org.luoshi.plan;

import java.util.List;

/**
 * A task with everything the task page shows: where it stands, its words and clause as
 * written, its source line in the notice, who answers for it, and every correction since
 * import.
 *
 * @param summary the task as lists show it
 * @param chapterTitle its chapter's title
 * @param sectionTitle its section's title, or null
 * @param responsibilityClause the clause as written
 * @param timeLimit the completion time limit the clause states (年内持续推进), or null
 * @param noticeId the notice it was last read from
 * @param sourceText the notice's line as written
 * @param removed a revision removed it
 * @param version for optimistic locking of corrections
 * @param corrections its history
 */
public record TaskDetail(TaskSummary summary, String chapterTitle, String sectionTitle, String responsibilityClause,
		String timeLimit, long noticeId, String sourceText, boolean removed, int version,
		List<TaskCorrection> corrections) {

	public TaskDetail {
		corrections = List.copyOf(corrections);
	}

}
