package org.luoshi.evaluation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.luoshi.evaluation.AnnualReportModel;
import org.luoshi.evaluation.AnnualReportState;
import org.luoshi.evaluation.AnnualReportSummary;
import org.luoshi.evaluation.AnnualReportView;
import org.luoshi.evaluation.Narrative;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The numbered drafts of annual reports with the numbers they were generated with and the
 * office's sections. Every change of the text or the state moves the draft to its next
 * version on the condition that it is still at the version the writer read.
 */
@Repository
public class AnnualReportStore {

	private static final String SUMMARY = """
			select id, plan_id, report_year, number, state, version, generated_by, generated_at, frozen_by, frozen_at,
			       published_by, published_at, revision_reason
			from annual_report
			""";

	private static final String FULL = """
			select id, plan_id, report_year, number, state, version, generated_by, generated_at, frozen_by, frozen_at,
			       published_by, published_at, revision_reason, overall, problems, next_steps, model
			from annual_report
			""";

	private final JdbcClient jdbc;

	AnnualReportStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The number the next draft of the plan's year gets. */
	public int nextNumber(long planId, int year) {
		return this.jdbc
			.sql("select coalesce(max(number), 0) + 1 from annual_report where plan_id = :plan and report_year = :year")
			.param("plan", planId)
			.param("year", year)
			.query(Integer.class)
			.single();
	}

	public long insert(AnnualReportModel model, int number, Narrative narrative, String actor, OffsetDateTime at) {
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into annual_report (plan_id, report_year, number, state, model, overall, problems, next_steps,
				                           generated_by, generated_at)
				values (:plan, :year, :number, :state, :model, :overall, :problems, :next, :actor, :at)
				""")
			.param("plan", model.planId())
			.param("year", model.year())
			.param("number", number)
			.param("state", AnnualReportState.DRAFT.code())
			.param("model", ReportJson.write(model))
			.param("overall", narrative.overall())
			.param("problems", narrative.problems())
			.param("next", narrative.nextSteps())
			.param("actor", actor)
			.param("at", at)
			.update(key, "id");
		return key.getKeyAs(Number.class).longValue();
	}

	public Optional<AnnualReportSummary> summary(long id) {
		return this.jdbc.sql(SUMMARY + " where id = :id").param("id", id).query(AnnualReportStore::summary).optional();
	}

	public Optional<AnnualReportView> find(long id) {
		return this.jdbc.sql(FULL + " where id = :id").param("id", id).query(AnnualReportStore::view).optional();
	}

	/** The drafts of the plan (of one year, or of all when null), newest first. */
	public List<AnnualReportSummary> ofPlan(long planId, Integer year) {
		String where = (year != null) ? " where plan_id = :plan and report_year = :year" : " where plan_id = :plan";
		JdbcClient.StatementSpec query = this.jdbc.sql(SUMMARY + where + " order by report_year desc, number desc")
			.param("plan", planId);
		if (year != null) {
			query = query.param("year", year);
		}
		return query.query(AnnualReportStore::summary).list();
	}

	/** The latest draft of the plan's year, whose text a new draft starts from. */
	public Optional<AnnualReportView> latest(long planId, int year) {
		return this.jdbc.sql(FULL + " where plan_id = :plan and report_year = :year order by number desc limit 1")
			.param("plan", planId)
			.param("year", year)
			.query(AnnualReportStore::view)
			.optional();
	}

	/** Published reports, newest first, a page at a time. */
	public List<AnnualReportSummary> published(int offset, int limit) {
		return this.jdbc
			.sql(SUMMARY + " where state = :state order by published_at desc, id desc limit :limit offset :offset")
			.param("state", AnnualReportState.PUBLISHED.code())
			.param("limit", limit)
			.param("offset", offset)
			.query(AnnualReportStore::summary)
			.list();
	}

	public int countPublished() {
		return this.jdbc.sql("select count(*) from annual_report where state = :state")
			.param("state", AnnualReportState.PUBLISHED.code())
			.query(Integer.class)
			.single();
	}

	/** The published report on the plan's year, the latest if one replaced another. */
	public Optional<AnnualReportSummary> publishedOn(long planId, int year) {
		return this.jdbc.sql(SUMMARY + """
				 where plan_id = :plan and report_year = :year and state = :state
				order by published_at desc, id desc limit 1
				""")
			.param("plan", planId)
			.param("year", year)
			.param("state", AnnualReportState.PUBLISHED.code())
			.query(AnnualReportStore::summary)
			.optional();
	}

	/**
	 * Saves the office's sections if the draft is still at the version the writer read.
	 * @return false when somebody saved meanwhile
	 */
	public boolean saveNarrative(long id, int expectedVersion, Narrative narrative) {
		return this.jdbc.sql("""
				update annual_report set overall = :overall, problems = :problems, next_steps = :next,
				       version = version + 1
				where id = :id and version = :version and state = :draft
				""")
			.param("overall", narrative.overall())
			.param("problems", narrative.problems())
			.param("next", narrative.nextSteps())
			.param("id", id)
			.param("version", expectedVersion)
			.param("draft", AnnualReportState.DRAFT.code())
			.update() == 1;
	}

	/** Freezes a draft; false when it was frozen meanwhile. */
	public boolean freeze(long id, String actor, OffsetDateTime at) {
		return this.jdbc.sql("""
				update annual_report set state = :frozen, frozen_by = :actor, frozen_at = :at, version = version + 1
				where id = :id and state = :draft
				""")
			.param("frozen", AnnualReportState.FROZEN.code())
			.param("actor", actor)
			.param("at", at)
			.param("id", id)
			.param("draft", AnnualReportState.DRAFT.code())
			.update() == 1;
	}

	/** Publishes a frozen report; false when it was published meanwhile. */
	public boolean publish(long id, String reason, String actor, OffsetDateTime at) {
		return this.jdbc.sql("""
				update annual_report set state = :published, published_by = :actor, published_at = :at,
				       revision_reason = :reason, version = version + 1
				where id = :id and state = :frozen
				""")
			.param("published", AnnualReportState.PUBLISHED.code())
			.param("actor", actor)
			.param("at", at)
			.param("reason", reason)
			.param("id", id)
			.param("frozen", AnnualReportState.FROZEN.code())
			.update() == 1;
	}

	private static AnnualReportSummary summary(ResultSet rs, int row) throws SQLException {
		return new AnnualReportSummary(rs.getLong("id"), rs.getLong("plan_id"), rs.getInt("report_year"),
				rs.getInt("number"), AnnualReportState.of(rs.getString("state")), rs.getInt("version"),
				rs.getString("generated_by"), time(rs, "generated_at"), rs.getString("frozen_by"),
				time(rs, "frozen_at"), rs.getString("published_by"), time(rs, "published_at"),
				rs.getString("revision_reason"));
	}

	private static AnnualReportView view(ResultSet rs, int row) throws SQLException {
		return new AnnualReportView(summary(rs, row),
				new Narrative(rs.getString("overall"), rs.getString("problems"), rs.getString("next_steps")),
				ReportJson.read(rs.getString("model")));
	}

	static OffsetDateTime time(ResultSet rs, String column) throws SQLException {
		OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
		return (at != null) ? at.withOffsetSameInstant(ZoneOffset.UTC) : null;
	}

}
