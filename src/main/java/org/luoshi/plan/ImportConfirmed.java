package org.luoshi.plan;

import java.util.List;
import java.util.Map;

import org.luoshi.common.Vocabulary;
import org.luoshi.notice.DecompositionRule;
import org.luoshi.notice.IndicatorDraft;

/**
 * A notice went into the register: a new plan or a revision of one. Published in the
 * confirming transaction, with what other modules need to take it further — the
 * indicators the notice states, and the stored ids of the tasks and organisations they
 * refer to.
 *
 * @param planId the plan
 * @param noticeId the stored notice
 * @param revision 1 for the original division, then 2, 3, …
 * @param tasks the plan's task count afterwards
 * @param bindingIndicators the binding indicators the notice states (约束性指标)
 * @param expectedTargets the expected targets found in task text
 * @param decomposition the notice's rule on splitting binding indicators among
 * localities, or null
 * @param taskIds the stored task id for each task code (chapter.section.n) of the notice
 * @param organisationIds the organisation id for each responsible name as the notice
 * writes it
 * @param actor who confirmed it
 */
@Vocabulary("the audit summary is recorded once, in the office's language, and kept as written")
public record ImportConfirmed(long planId, long noticeId, int revision, int tasks,
		List<IndicatorDraft> bindingIndicators, List<IndicatorDraft> expectedTargets, DecompositionRule decomposition,
		Map<String, Long> taskIds, Map<String, Long> organisationIds,
		String actor) implements org.luoshi.common.Audited {

	public ImportConfirmed {
		bindingIndicators = List.copyOf(bindingIndicators);
		expectedTargets = List.copyOf(expectedTargets);
		taskIds = Map.copyOf(taskIds);
		organisationIds = Map.copyOf(organisationIds);
	}

	@Override
	public String action() {
		return revision == 1 ? "plan.imported" : "plan.revised";
	}

	@Override
	public String subject() {
		return "plan:" + planId;
	}

	@Override
	public String summary() {
		return (revision == 1 ? "导入分工通知，建立规划（" : "按修订的分工通知更新规划（第" + revision + "版，") + tasks + " 项任务）";
	}

}
