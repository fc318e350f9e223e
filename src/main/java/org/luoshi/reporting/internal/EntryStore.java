package org.luoshi.reporting.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.luoshi.reporting.EntryKind;
import org.luoshi.reporting.EntryStatus;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The entries of reports, one per task, and the indicator figures reports owe. */
@Repository
public class EntryStore {

	/** An entry as stored. */
	public record Entry(long reportId, long taskId, EntryKind kind, Long leadOrganisationId, EntryStatus status,
			String done, String figures, String problems, String nextSteps, String consolidated, int revision,
			String updatedBy, OffsetDateTime updatedAt) {
	}

	/** A figure a report owes, and the one entered through it. */
	public record Owed(long indicatorId, Long valueId) {
	}

	private static final String SELECT = """
			select report_id, task_id, kind, lead_organisation_id, status, done, figures, problems, next_steps,
			       consolidated, revision, updated_by, updated_at
			from report_entry
			""";

	private final JdbcClient jdbc;

	private final JdbcTemplate batches;

	EntryStore(JdbcClient jdbc, JdbcTemplate batches) {
		this.jdbc = jdbc;
		this.batches = batches;
	}

	public void insert(long reportId, long taskId, EntryKind kind, Long leadOrganisationId, int position) {
		this.jdbc.sql("""
				insert into report_entry (report_id, task_id, kind, lead_organisation_id, position)
				values (:report, :task, :kind, :lead, :position)
				""")
			.param("report", reportId)
			.param("task", taskId)
			.param("kind", kind.code())
			.param("lead", leadOrganisationId)
			.param("position", position)
			.update();
	}

	public List<Entry> ofReport(long reportId) {
		return this.jdbc.sql(SELECT + " where report_id = :report order by position")
			.param("report", reportId)
			.query(EntryStore::entry)
			.list();
	}

	public Optional<Entry> find(long reportId, long taskId) {
		return this.jdbc.sql(SELECT + " where report_id = :report and task_id = :task")
			.param("report", reportId)
			.param("task", taskId)
			.query(EntryStore::entry)
			.optional();
	}

	public void update(Entry entry, String actor, OffsetDateTime at) {
		this.jdbc.sql("""
				update report_entry set status = :status, done = :done, figures = :figures, problems = :problems,
				       next_steps = :next, revision = revision + 1, updated_by = :actor, updated_at = :at
				where report_id = :report and task_id = :task
				""")
			.param("status", (entry.status() != null) ? entry.status().code() : null)
			.param("done", entry.done())
			.param("figures", entry.figures())
			.param("problems", entry.problems())
			.param("next", entry.nextSteps())
			.param("actor", actor)
			.param("at", at)
			.param("report", entry.reportId())
			.param("task", entry.taskId())
			.update();
	}

	public void consolidate(long reportId, long taskId, String text, String actor, OffsetDateTime at) {
		this.jdbc.sql("""
				update report_entry set consolidated = :text, revision = revision + 1, updated_by = :actor,
				       updated_at = :at
				where report_id = :report and task_id = :task
				""")
			.param("text", text)
			.param("actor", actor)
			.param("at", at)
			.param("report", reportId)
			.param("task", taskId)
			.update();
	}

	/**
	 * The reports of the cycle whose entries for the task go to the lead organisation.
	 */
	public List<Long> contributingReports(long cycleId, long leadOrganisationId, long taskId) {
		return this.jdbc.sql("""
				select e.report_id from report_entry e join progress_report r on r.id = e.report_id
				where r.cycle_id = :cycle and e.task_id = :task and e.lead_organisation_id = :lead
				order by r.organisation_id
				""")
			.param("cycle", cycleId)
			.param("task", taskId)
			.param("lead", leadOrganisationId)
			.query(Long.class)
			.list();
	}

	/**
	 * For each task the lead organisation leads with others in the cycle, how many of the
	 * others have submitted a version: one grouped read for a whole report.
	 */
	public Map<Long, Integer> submittedContributions(long cycleId, long leadOrganisationId) {
		Map<Long, Integer> counts = new HashMap<>();
		this.jdbc.sql("""
				select e.task_id, count(*) from report_entry e join progress_report r on r.id = e.report_id
				where r.cycle_id = :cycle and e.lead_organisation_id = :lead
				  and exists (select 1 from report_version v where v.report_id = e.report_id)
				group by e.task_id
				""")
			.param("cycle", cycleId)
			.param("lead", leadOrganisationId)
			.query((RowCallbackHandler) (rs) -> counts.put(rs.getLong(1), rs.getInt(2)));
		return counts;
	}

	/** An entry a new report starts with. */
	public record NewEntry(long reportId, long taskId, EntryKind kind, Long leadOrganisationId, int position) {
	}

	/** A figure a new report owes. */
	public record NewOwed(long reportId, long indicatorId, int position) {
	}

	/** Rows sent to the database in one batch: a round trip each, not one per row. */
	static final int BATCH = 1000;

	/** Enters the entries of a cycle's new reports, in batches. */
	public void insertAll(List<NewEntry> entries) {
		this.batches.batchUpdate("""
				insert into report_entry (report_id, task_id, kind, lead_organisation_id, position)
				values (?, ?, ?, ?, ?)
				""", entries, BATCH, (statement, e) -> {
			statement.setLong(1, e.reportId());
			statement.setLong(2, e.taskId());
			statement.setString(3, e.kind().code());
			statement.setObject(4, e.leadOrganisationId(), java.sql.Types.BIGINT);
			statement.setInt(5, e.position());
		});
	}

	/** Enters the figures a cycle's new reports owe, in batches. */
	public void oweAll(List<NewOwed> owed) {
		this.batches.batchUpdate("insert into report_figure (report_id, indicator_id, position) values (?, ?, ?)", owed,
				BATCH, (statement, o) -> {
					statement.setLong(1, o.reportId());
					statement.setLong(2, o.indicatorId());
					statement.setInt(3, o.position());
				});
	}

	public void owe(long reportId, long indicatorId, int position) {
		this.jdbc.sql("""
				insert into report_figure (report_id, indicator_id, position) values (:report, :indicator, :position)
				""").param("report", reportId).param("indicator", indicatorId).param("position", position).update();
	}

	public List<Owed> owed(long reportId) {
		return this.jdbc.sql("""
				select indicator_id, value_id from report_figure where report_id = :report order by position
				""")
			.param("report", reportId)
			.query((rs, i) -> new Owed(rs.getLong(1), rs.getObject(2, Long.class)))
			.list();
	}

	public void figureEntered(long reportId, long indicatorId, long valueId) {
		this.jdbc.sql("""
				update report_figure set value_id = :value where report_id = :report and indicator_id = :indicator
				""").param("value", valueId).param("report", reportId).param("indicator", indicatorId).update();
	}

	private static Entry entry(ResultSet rs, int row) throws SQLException {
		String status = rs.getString("status");
		return new Entry(rs.getLong("report_id"), rs.getLong("task_id"), EntryKind.of(rs.getString("kind")),
				rs.getObject("lead_organisation_id", Long.class), (status != null) ? EntryStatus.of(status) : null,
				rs.getString("done"), rs.getString("figures"), rs.getString("problems"), rs.getString("next_steps"),
				rs.getString("consolidated"), rs.getInt("revision"), rs.getString("updated_by"),
				Times.in(rs, "updated_at", ZoneOffset.UTC));
	}

}
