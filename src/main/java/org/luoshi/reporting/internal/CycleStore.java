package org.luoshi.reporting.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.luoshi.common.Illustrative;
import org.luoshi.reporting.Milestone;
import org.luoshi.reporting.ReportingPeriod;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Reporting cycles and their timetables. */
@Repository
public class CycleStore {

	/** A cycle as stored; times in its time zone. */
	public record Cycle(long id, long planId, ReportingPeriod period, OffsetDateTime deadline, ZoneId zone,
			String openedBy, OffsetDateTime openedAt, boolean illustrative) {

		/** The year reported on. */
		public int year() {
			return this.period.year();
		}

	}

	/** A milestone with the cycle it belongs to. */
	public record Due(long cycleId, Milestone milestone) {
	}

	private static final String SELECT = "select id, plan_id, report_year, rhythm, period_number, deadline, time_zone, opened_by, opened_at, illustrative from reporting_cycle";

	// a year's periods in order, the whole year after its last quarter or half-year
	private static final String LATEST_FIRST = " order by report_year desc, period_number desc, rhythm desc";

	private final JdbcClient jdbc;

	CycleStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long insert(long planId, ReportingPeriod period, OffsetDateTime deadline, ZoneId zone, String actor,
			OffsetDateTime at) {
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc
			.sql("""
					insert into reporting_cycle (plan_id, report_year, rhythm, period_number, deadline, time_zone, opened_by,
					                             opened_at, illustrative)
					values (:plan, :year, :rhythm, :number, :deadline, :zone, :actor, :at, :illustrative)
					""")
			.param("plan", planId)
			.param("year", period.year())
			.param("rhythm", period.rhythm().code())
			.param("number", period.number())
			.param("deadline", deadline)
			.param("zone", zone.getId())
			.param("actor", actor)
			.param("at", at)
			// the demo loader's cycles, with their reports, are marked as demo data
			.param("illustrative", Illustrative.active())
			.update(key, "id");
		return key.getKeyAs(Number.class).longValue();
	}

	public Optional<Cycle> find(long id) {
		return this.jdbc.sql(SELECT + " where id = :id").param("id", id).query(CycleStore::cycle).optional();
	}

	public Optional<Cycle> find(long planId, ReportingPeriod period) {
		return this.jdbc
			.sql(SELECT
					+ " where plan_id = :plan and report_year = :year and rhythm = :rhythm and period_number = :number")
			.param("plan", planId)
			.param("year", period.year())
			.param("rhythm", period.rhythm().code())
			.param("number", period.number())
			.query(CycleStore::cycle)
			.optional();
	}

	/** The plan's cycles of a year, the last period first. */
	public List<Cycle> ofYear(long planId, int year) {
		return this.jdbc.sql(SELECT + " where plan_id = :plan and report_year = :year" + LATEST_FIRST)
			.param("plan", planId)
			.param("year", year)
			.query(CycleStore::cycle)
			.list();
	}

	public List<Cycle> ofPlan(long planId) {
		return this.jdbc.sql(SELECT + " where plan_id = :plan" + LATEST_FIRST)
			.param("plan", planId)
			.query(CycleStore::cycle)
			.list();
	}

	public List<Cycle> all() {
		return this.jdbc.sql(SELECT + " order by opened_at desc, id desc").query(CycleStore::cycle).list();
	}

	public void addMilestone(long cycleId, String kind, Integer daysBefore, OffsetDateTime dueAt) {
		this.jdbc.sql("""
				insert into reporting_milestone (cycle_id, kind, days_before, due_at)
				values (:cycle, :kind, :days, :due)
				""").param("cycle", cycleId).param("kind", kind).param("days", daysBefore).param("due", dueAt).update();
	}

	public List<Milestone> timetable(long cycleId, ZoneId zone) {
		return this.jdbc.sql("""
				select id, kind, days_before, due_at, processed_at from reporting_milestone
				where cycle_id = :cycle order by due_at, id
				""").param("cycle", cycleId).query((rs, i) -> milestone(rs, zone)).list();
	}

	/** Milestones whose time has come and that nobody has processed yet, oldest first. */
	public List<Due> due(OffsetDateTime now) {
		return this.jdbc.sql("""
				select m.cycle_id, m.id, m.kind, m.days_before, m.due_at, m.processed_at, c.time_zone
				from reporting_milestone m join reporting_cycle c on c.id = m.cycle_id
				where m.processed_at is null and m.due_at <= :now order by m.due_at, m.id
				""")
			.param("now", now)
			.query((rs, i) -> new Due(rs.getLong("cycle_id"), milestone(rs, ZoneId.of(rs.getString("time_zone")))))
			.list();
	}

	public void processed(long milestoneId, OffsetDateTime at) {
		this.jdbc.sql("update reporting_milestone set processed_at = :at where id = :id and processed_at is null")
			.param("at", at)
			.param("id", milestoneId)
			.update();
	}

	private static Milestone milestone(ResultSet rs, ZoneId zone) throws SQLException {
		return new Milestone(rs.getLong("id"), rs.getString("kind"), rs.getObject("days_before", Integer.class),
				Times.in(rs, "due_at", zone), Times.in(rs, "processed_at", zone));
	}

	private static Cycle cycle(ResultSet rs, int row) throws SQLException {
		ZoneId zone = ZoneId.of(rs.getString("time_zone"));
		ReportingPeriod period = new ReportingPeriod(rs.getInt("report_year"),
				ReportingPeriod.Rhythm.of(rs.getString("rhythm")), rs.getInt("period_number"));
		return new Cycle(rs.getLong("id"), rs.getLong("plan_id"), period, Times.in(rs, "deadline", zone), zone,
				rs.getString("opened_by"), Times.in(rs, "opened_at", zone), rs.getBoolean("illustrative"));
	}

}
