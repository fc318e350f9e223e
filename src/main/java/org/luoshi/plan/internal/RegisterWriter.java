package org.luoshi.plan.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.luoshi.notice.ChapterDraft;
import org.luoshi.notice.NoticeDraft;
import org.luoshi.notice.SectionDraft;
import org.luoshi.notice.TaskDraft;

import org.springframework.stereotype.Component;

/**
 * Writes a confirmed notice into the register: the whole division for a new plan; for a
 * revision, the match of {@link RevisionDiffer} — tasks that continue keep their identity
 * and are moved, rewritten or reassigned, new ones are added, the rest marked removed,
 * every change recorded.
 */
@Component
public class RegisterWriter {

	private final PlanStore plans;

	private final AssignmentStore assignments;

	private final CorrectionStore corrections;

	RegisterWriter(PlanStore plans, AssignmentStore assignments, CorrectionStore corrections) {
		this.plans = plans;
		this.assignments = assignments;
		this.corrections = corrections;
	}

	/** Writes every chapter, section, note, task and assignment of a new plan. */
	public void writeNew(long planId, long noticeId, NoticeDraft draft, Map<String, Long> organisationIds,
			OffsetDateTime at) {
		write(planId, noticeId, draft, organisationIds, null, null, at);
	}

	/** Applies a revision whose tasks were matched to the stored ones. */
	public void writeRevision(long planId, long noticeId, NoticeDraft draft, Map<String, Long> organisationIds,
			RevisionDiffer.Match match, String reason, boolean keepSourceOfUnchanged, String actor, OffsetDateTime at) {
		write(planId, noticeId, draft, organisationIds, match, new Change(reason, actor, keepSourceOfUnchanged), at);
		for (RevisionDiffer.Item removed : match.removed()) {
			plans.remove(removed.id());
			assignments.end(removed.id(), reason, at);
			corrections.record(removed.id(), "removed", removed.text(), null, reason, actor, at);
		}
		plans.markRemovedBeyond(planId, draft.chapters());
	}

	/**
	 * Why the register changes. A spreadsheet revision keeps an unchanged task pointing
	 * at the notice line it was read from; only what the sheet changes points at the
	 * sheet.
	 */
	private record Change(String reason, String actor, boolean keepSourceOfUnchanged) {
	}

	private void write(long planId, long noticeId, NoticeDraft draft, Map<String, Long> organisationIds,
			RevisionDiffer.Match match, Change change, OffsetDateTime at) {
		int position = 0;
		int index = 0;
		for (ChapterDraft chapter : draft.chapters()) {
			long chapterId = plans.putChapter(planId, chapter);
			plans.replaceNotes(chapterId, null, chapter.notes());
			for (TaskDraft task : chapter.tasks()) {
				Long continues = match == null ? null : match.continues().get(index);
				put(planId, new PlanStore.Placement(chapterId, null, ++position), task, continues, noticeId,
						organisationIds, change, at);
				index++;
			}
			for (SectionDraft section : chapter.sections()) {
				long sectionId = plans.putSection(chapterId, section);
				plans.replaceNotes(chapterId, sectionId, section.notes());
				for (TaskDraft task : section.tasks()) {
					Long continues = match == null ? null : match.continues().get(index);
					put(planId, new PlanStore.Placement(chapterId, sectionId, ++position), task, continues, noticeId,
							organisationIds, change, at);
					index++;
				}
			}
		}
	}

	private void put(long planId, PlanStore.Placement placement, TaskDraft task, Long continues, long noticeId,
			Map<String, Long> organisationIds, Change change, OffsetDateTime at) {
		if (continues == null) {
			long taskId = plans.insertTask(planId, placement, task, noticeId, at);
			assignments.assign(taskId, task.responsible(), organisationIds);
			if (change != null) {
				corrections.record(taskId, "added", null, task.text(), change.reason(), change.actor(), at);
			}
			return;
		}
		TaskSnapshot before = TaskSnapshot.of(continues, plans, assignments);
		boolean sameText = before.comparedText().equals(org.luoshi.common.ComparedText.of(task.text()));
		boolean sameAssignments = before.signature()
			.equals(TaskSnapshot.signature(task.responsible(), organisationIds));
		boolean keepSource = change.keepSourceOfUnchanged() && sameText && sameAssignments;
		plans.place(continues, placement, task, keepSource ? null : noticeId);
		if (!sameText) {
			plans.rewrite(continues, task);
			corrections.record(continues, "text", before.text(), task.text(), change.reason(), change.actor(), at);
		}
		String revised = TaskSnapshot.signature(task.responsible(), organisationIds);
		if (!before.signature().equals(revised)) {
			plans.rewrite(continues, task);
			assignments.end(continues, change.reason(), at);
			assignments.assign(continues, task.responsible(), organisationIds);
			corrections.record(continues, "responsible", before.names(), String.join("、", task.responsibleNames()),
					change.reason(), change.actor(), at);
		}
	}

	static List<RevisionDiffer.Item> items(NoticeDraft draft, Map<String, Long> organisationIds) {
		return draft.tasks()
			.map(t -> new RevisionDiffer.Item(null, t.id(), org.luoshi.common.ComparedText.of(t.text()), t.text(),
					TaskSnapshot.signature(t.responsible(), organisationIds), String.join("、", t.responsibleNames())))
			.toList();
	}

}
