package org.luoshi.reporting.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.luoshi.reporting.ReportState;
import org.luoshi.reporting.Transition;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Progress reports and every step they took. Every write first moves the report to a new
 * version, on the condition that it is still at the version the writer read: of two
 * writers on one version exactly one gets through.
 */
@Repository
public class ReportStore {

	/** A report as stored; times in UTC. */
	public record Report(long id, long cycleId, long organisationId, ReportState state, OffsetDateTime dueAt,
			String exceptionReason, String returnedNote, OffsetDateTime firstSubmittedAt,
			OffsetDateTime lastSubmittedAt, OffsetDateTime acceptedAt, int version) {

		/** The cycle's deadline, or the later due date of an exception. */
		public OffsetDateTime due(OffsetDateTime deadline) {
			return (this.dueAt != null && this.dueAt.isAfter(deadline)) ? this.dueAt : deadline;
		}

	}

	private static final String SELECT = """
			select id, cycle_id, organisation_id, state, due_at, exception_reason, returned_note, first_submitted_at,
			       last_submitted_at, accepted_at, version
			from progress_report
			""";

	private final JdbcClient jdbc;

	private final JdbcTemplate batches;

	ReportStore(JdbcClient jdbc, JdbcTemplate batches) {
		this.jdbc = jdbc;
		this.batches = batches;
	}

	public long insert(long cycleId, long organisationId, OffsetDateTime at) {
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into progress_report (cycle_id, organisation_id, state, created_at)
				values (:cycle, :organisation, :state, :at)
				""")
			.param("cycle", cycleId)
			.param("organisation", organisationId)
			.param("state", ReportState.DRAFT.code())
			.param("at", at)
			.update(key, "id");
		return key.getKeyAs(Number.class).longValue();
	}

	/**
	 * Enters a new cycle's reports, one per organisation, in batches, each a draft with
	 * its first transition.
	 * @return each organisation's report id
	 */
	public java.util.Map<Long, Long> insertAll(long cycleId, List<Long> organisationIds, String actor,
			OffsetDateTime at) {
		this.batches.batchUpdate("""
				insert into progress_report (cycle_id, organisation_id, state, created_at) values (?, ?, ?, ?)
				""", organisationIds, EntryStore.BATCH, (statement, organisation) -> {
			statement.setLong(1, cycleId);
			statement.setLong(2, organisation);
			statement.setString(3, ReportState.DRAFT.code());
			statement.setObject(4, at);
		});
		this.jdbc.sql("""
				insert into report_transition (report_id, from_state, to_state, note, actor, recorded_at)
				select id, null, :to, null, :actor, :at from progress_report where cycle_id = :cycle
				""")
			.param("to", ReportState.DRAFT.code())
			.param("actor", actor)
			.param("at", at)
			.param("cycle", cycleId)
			.update();
		java.util.Map<Long, Long> ids = new java.util.HashMap<>();
		this.jdbc.sql("select organisation_id, id from progress_report where cycle_id = :cycle")
			.param("cycle", cycleId)
			.query((rs) -> {
				ids.put(rs.getLong(1), rs.getLong(2));
			});
		return ids;
	}

	public Optional<Report> find(long id) {
		return this.jdbc.sql(SELECT + " where id = :id").param("id", id).query(ReportStore::report).optional();
	}

	public Optional<Report> find(long cycleId, long organisationId) {
		return this.jdbc.sql(SELECT + " where cycle_id = :cycle and organisation_id = :organisation")
			.param("cycle", cycleId)
			.param("organisation", organisationId)
			.query(ReportStore::report)
			.optional();
	}

	public List<Report> ofCycle(long cycleId) {
		return this.jdbc.sql(SELECT + " where cycle_id = :cycle order by id")
			.param("cycle", cycleId)
			.query(ReportStore::report)
			.list();
	}

	/** The cycle's next reports after the one given, by id: a chunk to work through. */
	public List<Report> ofCycleAfter(long cycleId, long afterId, int limit) {
		return this.jdbc
			.sql(SELECT + " where cycle_id = :cycle and id > :after order by id fetch first :limit rows only")
			.param("cycle", cycleId)
			.param("after", afterId)
			.param("limit", limit)
			.query(ReportStore::report)
			.list();
	}

	/** The organisation's reports, newest cycle first. */
	public List<Report> ofOrganisation(long organisationId) {
		return this.jdbc.sql(SELECT + " where organisation_id = :organisation order by cycle_id desc")
			.param("organisation", organisationId)
			.query(ReportStore::report)
			.list();
	}

	public int count(long cycleId) {
		return this.jdbc.sql("select count(*) from progress_report where cycle_id = :cycle")
			.param("cycle", cycleId)
			.query(Integer.class)
			.single();
	}

	/**
	 * Moves the report to its next version if it is still at {@code expectedVersion}.
	 * @return false when somebody else wrote meanwhile
	 */
	public boolean claim(long id, int expectedVersion, String actor, OffsetDateTime at) {
		return this.jdbc.sql("""
				update progress_report set version = version + 1, updated_by = :actor, updated_at = :at
				where id = :id and version = :version
				""")
			.param("actor", actor)
			.param("at", at)
			.param("id", id)
			.param("version", expectedVersion)
			.update() == 1;
	}

	public void state(long id, ReportState state) {
		this.jdbc.sql("update progress_report set state = :state where id = :id")
			.param("state", state.code())
			.param("id", id)
			.update();
	}

	public void submitted(long id, OffsetDateTime at) {
		this.jdbc.sql("""
				update progress_report set first_submitted_at = coalesce(first_submitted_at, :at),
				       last_submitted_at = :at, returned_note = null
				where id = :id
				""").param("at", at).param("id", id).update();
	}

	public void accepted(long id, OffsetDateTime at) {
		this.jdbc.sql("update progress_report set accepted_at = :at where id = :id")
			.param("at", at)
			.param("id", id)
			.update();
	}

	public void returned(long id, String note) {
		this.jdbc.sql("update progress_report set returned_note = :note where id = :id")
			.param("note", note)
			.param("id", id)
			.update();
	}

	public void exception(long id, OffsetDateTime dueAt, String reason) {
		this.jdbc.sql("update progress_report set due_at = :due, exception_reason = :reason where id = :id")
			.param("due", dueAt)
			.param("reason", reason)
			.param("id", id)
			.update();
	}

	public void addTransition(long id, ReportState from, ReportState to, String note, String actor, OffsetDateTime at) {
		this.jdbc.sql("""
				insert into report_transition (report_id, from_state, to_state, note, actor, recorded_at)
				values (:id, :from, :to, :note, :actor, :at)
				""")
			.param("id", id)
			.param("from", (from != null) ? from.code() : null)
			.param("to", to.code())
			.param("note", note)
			.param("actor", actor)
			.param("at", at)
			.update();
	}

	public List<Transition> transitions(long id, ZoneId zone) {
		return this.jdbc.sql("""
				select from_state, to_state, note, actor, recorded_at from report_transition
				where report_id = :id order by id
				""")
			.param("id", id)
			.query((rs, i) -> new Transition((rs.getString(1) != null) ? ReportState.of(rs.getString(1)) : null,
					ReportState.of(rs.getString(2)), rs.getString(3), rs.getString(4),
					Times.in(rs, "recorded_at", zone)))
			.list();
	}

	private static Report report(ResultSet rs, int row) throws SQLException {
		return new Report(rs.getLong("id"), rs.getLong("cycle_id"), rs.getLong("organisation_id"),
				ReportState.of(rs.getString("state")), Times.in(rs, "due_at", ZoneOffset.UTC),
				rs.getString("exception_reason"), rs.getString("returned_note"),
				Times.in(rs, "first_submitted_at", ZoneOffset.UTC), Times.in(rs, "last_submitted_at", ZoneOffset.UTC),
				Times.in(rs, "accepted_at", ZoneOffset.UTC), rs.getInt("version"));
	}

}
