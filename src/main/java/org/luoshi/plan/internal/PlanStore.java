package org.luoshi.plan.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.luoshi.common.ComparedText;
import org.luoshi.notice.ChapterDraft;
import org.luoshi.notice.NoteDraft;
import org.luoshi.notice.NoticeDraft;
import org.luoshi.notice.SectionDraft;
import org.luoshi.notice.TaskDraft;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Writes the register: plans, their revisions, chapters, sections, notes and tasks. */
@Repository
public class PlanStore {

	private final JdbcClient jdbc;

	PlanStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Long> findByTitle(String title) {
		return jdbc.sql("select min(id) from plan where compared_title = :title")
			.param("title", ComparedText.of(title))
			.query(Long.class)
			.optional();
	}

	public long create(NoticeDraft draft, OffsetDateTime at) {
		KeyHolder key = new GeneratedKeyHolder();
		String title = RegisterWords.planTitle(draft);
		jdbc.sql(
				"""
						insert into plan (title, compared_title, short_title, start_year, end_year, issuer, issued_on, created_at,
						                  reporting_deadline, reporting_frequency, reporting_days_after)
						values (:title, :compared, :shortTitle, :start, :end, :issuer, :issuedOn, :at, :deadline,
						        :frequency, :daysAfter)
						""")
			.param("deadline", yearlyDeadline(draft))
			.param("frequency", (draft.reporting() != null) ? draft.reporting().frequency() : null)
			.param("daysAfter", (draft.reporting() != null) ? draft.reporting().daysAfterPeriod() : null)
			.param("title", title)
			.param("compared", ComparedText.of(title))
			.param("shortTitle", draft.plan().shortTitle())
			.param("start", draft.plan().startYear())
			.param("end", draft.plan().endYear())
			.param("issuer", draft.issuer())
			.param("issuedOn", draft.date())
			.param("at", at)
			.update(key, "id");
		return key.getKey().longValue();
	}

	/**
	 * Records that a notice was applied to the plan and returns the revision's number.
	 */
	public int addRevision(long planId, long noticeId, String summary, String actor, OffsetDateTime at) {
		int number = jdbc.sql("select coalesce(max(number), 0) + 1 from plan_revision where plan_id = :plan")
			.param("plan", planId)
			.query(Integer.class)
			.single();
		jdbc.sql("""
				insert into plan_revision (plan_id, notice_id, number, summary, applied_by, applied_at)
				values (:plan, :notice, :number, :summary, :actor, :at)
				""")
			.param("plan", planId)
			.param("notice", noticeId)
			.param("number", number)
			.param("summary", summary)
			.param("actor", actor)
			.param("at", at)
			.update();
		return number;
	}

	public void requireExists(long planId) {
		if (jdbc.sql("select count(*) from plan where id = :id").param("id", planId).query(Long.class).single() == 0) {
			throw new org.luoshi.plan.RegisterRefusal.PlanNotFound(planId);
		}
	}

	/**
	 * Inserts the chapter or, when the plan has one with its number, brings it up to
	 * date.
	 */
	public long putChapter(long planId, ChapterDraft chapter) {
		Optional<Long> existing = jdbc.sql("select id from chapter where plan_id = :plan and number = :number")
			.param("plan", planId)
			.param("number", chapter.number())
			.query(Long.class)
			.optional();
		if (existing.isPresent()) {
			jdbc.sql(
					"update chapter set label = :label, title = :title, source_line = :line, removed = false where id = :id")
				.param("label", chapter.label())
				.param("title", chapter.title())
				.param("line", chapter.line())
				.param("id", existing.get())
				.update();
			return existing.get();
		}
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into chapter (plan_id, number, label, title, source_line)
				values (:plan, :number, :label, :title, :line)
				""")
			.param("plan", planId)
			.param("number", chapter.number())
			.param("label", chapter.label())
			.param("title", chapter.title())
			.param("line", chapter.line())
			.update(key, "id");
		return key.getKey().longValue();
	}

	public long putSection(long chapterId, SectionDraft section) {
		Optional<Long> existing = jdbc.sql("select id from section where chapter_id = :chapter and number = :number")
			.param("chapter", chapterId)
			.param("number", section.number())
			.query(Long.class)
			.optional();
		if (existing.isPresent()) {
			jdbc.sql(
					"update section set label = :label, title = :title, source_line = :line, removed = false where id = :id")
				.param("label", section.label())
				.param("title", section.title())
				.param("line", section.line())
				.param("id", existing.get())
				.update();
			return existing.get();
		}
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into section (chapter_id, number, label, title, source_line)
				values (:chapter, :number, :label, :title, :line)
				""")
			.param("chapter", chapterId)
			.param("number", section.number())
			.param("label", section.label())
			.param("title", section.title())
			.param("line", section.line())
			.update(key, "id");
		return key.getKey().longValue();
	}

	/**
	 * Chapters and sections a revision no longer has are kept, marked removed, for the
	 * tasks that stood in them.
	 */
	public void markRemovedBeyond(long planId, List<ChapterDraft> chapters) {
		jdbc.sql("update chapter set removed = true where plan_id = :plan and number > :count")
			.param("plan", planId)
			.param("count", chapters.size())
			.update();
		for (ChapterDraft chapter : chapters) {
			jdbc.sql(
					"""
							update section set removed = true
							where number > :count and chapter_id = (select id from chapter where plan_id = :plan and number = :number)
							""")
				.param("count", chapter.sections().size())
				.param("plan", planId)
				.param("number", chapter.number())
				.update();
		}
	}

	public void replaceNotes(long chapterId, Long sectionId, List<NoteDraft> notes) {
		jdbc.sql("delete from chapter_note where chapter_id = :chapter and "
				+ (sectionId == null ? "section_id is null" : "section_id = :section"))
			.param("chapter", chapterId)
			.param("section", sectionId)
			.update();
		for (NoteDraft note : notes) {
			jdbc.sql("""
					insert into chapter_note (chapter_id, section_id, text, source_line)
					values (:chapter, :section, :text, :line)
					""")
				.param("chapter", chapterId)
				.param("section", sectionId)
				.param("text", note.text())
				.param("line", note.line())
				.update();
		}
	}

	/** The notice's yearly reporting deadline as --MM-DD, or null. */
	private static String yearlyDeadline(NoticeDraft draft) {
		org.luoshi.notice.ReportingRule rule = draft.reporting();
		return rule == null || rule.deadline() == null
				|| !org.luoshi.notice.ReportingRule.YEARLY.equals(rule.frequency()) ? null : rule.deadline().toString();
	}

	public long insertTask(long planId, Placement placement, TaskDraft task, long noticeId, OffsetDateTime at) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql(
				"""
						insert into task (plan_id, chapter_id, section_id, code, position, text, compared_text,
						                  responsibility_clause, mode, open_ended, notice_id, source_line, created_at, time_limit)
						values (:plan, :chapter, :section, :code, :position, :text, :compared, :clause, :mode, :open, :notice,
						        :line, :at, :limit)
						""")
			.param("limit", task.timeLimit())
			.param("plan", planId)
			.param("chapter", placement.chapterId())
			.param("section", placement.sectionId())
			.param("code", task.id())
			.param("position", placement.position())
			.param("text", task.text())
			.param("compared", ComparedText.of(task.text()))
			.param("clause", task.responsibilityClause())
			.param("mode", task.mode().code())
			.param("open", task.openEnded())
			.param("notice", noticeId)
			.param("line", task.line())
			.param("at", at)
			.update(key, "id");
		return key.getKey().longValue();
	}

	/**
	 * A task kept through a revision takes its new place and the revised notice's
	 * numbering.
	 */
	public void place(long taskId, Placement placement, TaskDraft task, Long noticeId) {
		jdbc.sql("""
				update task set chapter_id = :chapter, section_id = :section, code = :code, position = :position,
				       notice_id = coalesce(cast(:notice as bigint), notice_id),
				       source_line = case when cast(:notice as bigint) is null then source_line else :line end,
				       removed = false, version = version + 1
				where id = :id
				""")
			.param("chapter", placement.chapterId())
			.param("section", placement.sectionId())
			.param("code", task.id())
			.param("position", placement.position())
			.param("notice", noticeId)
			.param("line", task.line())
			.param("id", taskId)
			.update();
	}

	public void rewrite(long taskId, TaskDraft task) {
		jdbc.sql("""
				update task set text = :text, compared_text = :compared, responsibility_clause = :clause, mode = :mode,
				       open_ended = :open, time_limit = :limit
				where id = :id
				""")
			.param("limit", task.timeLimit())
			.param("text", task.text())
			.param("compared", ComparedText.of(task.text()))
			.param("clause", task.responsibilityClause())
			.param("mode", task.mode().code())
			.param("open", task.openEnded())
			.param("id", taskId)
			.update();
	}

	public void remove(long taskId) {
		jdbc.sql("update task set removed = true, version = version + 1 where id = :id").param("id", taskId).update();
	}

	public StoredText text(long taskId) {
		return jdbc.sql("select text, compared_text from task where id = :id")
			.param("id", taskId)
			.query((rs, i) -> new StoredText(rs.getString(1), rs.getString(2)))
			.single();
	}

	/**
	 * The plan's tasks in the register, not removed, in order, as the revision diff
	 * compares them.
	 */
	public List<RevisionDiffer.Item> storedItems(long planId) {
		java.util.Map<Long, List<String[]>> assigned = new java.util.HashMap<>();
		jdbc.sql(
				"""
						select a.task_id, a.organisation_id, a.role, a.written_name from assignment a join task t on t.id = a.task_id
						where t.plan_id = :plan and t.removed = false and a.ended_at is null order by a.task_id, a.position
						""")
			.param("plan", planId)
			.query((rs, i) -> assigned.computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>())
				.add(new String[] { rs.getLong(2) + ":" + rs.getString(3), rs.getString(4) }))
			.list();
		return jdbc.sql(
				"select id, code, compared_text, text from task where plan_id = :plan and removed = false order by position")
			.param("plan", planId)
			.query((rs, i) -> {
				List<String[]> rows = assigned.getOrDefault(rs.getLong(1), List.of());
				return new RevisionDiffer.Item(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
						String.join(",", rows.stream().map(r -> r[0]).toList()),
						String.join("、", rows.stream().map(r -> r[1]).toList()));
			})
			.list();
	}

	/** The plan's tasks not removed, by their code. */
	public java.util.Map<String, Long> taskIdsByCode(long planId) {
		java.util.Map<String, Long> ids = new java.util.LinkedHashMap<>();
		jdbc.sql("select code, id from task where plan_id = :plan and removed = false order by position")
			.param("plan", planId)
			.query((rs, i) -> ids.put(rs.getString(1), rs.getLong(2)))
			.list();
		return ids;
	}

	/** A task's words as stored. */
	public record StoredText(String text, String comparedText) {
	}

	/**
	 * Where a task stands: its chapter, its section (null for section 0) and its position
	 * in the plan.
	 */
	public record Placement(long chapterId, Long sectionId, int position) {
	}

}
