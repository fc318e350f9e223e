package org.luoshi.evaluation.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.luoshi.evaluation.Objection;
import org.luoshi.evaluation.ScoreAdjustment;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * What the review of an assessment adds to the computed scores: the office's marks, its
 * adjustments with their reasons, the organisations' objections and the answers. Kept
 * apart from the runs, so that a recomputation leaves them as they are.
 */
@Repository
public class ReviewStore {

	private static final String OBJECTIONS = """
			select id, organisation_id, comment, filed_by, filed_at, answer, answered_by, answered_at
			from assessment_objection
			""";

	private final JdbcClient jdbc;

	ReviewStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The office's marks of the assessment, by organisation and criterion code. */
	public Map<Long, Map<String, OrganisationFacts.Mark>> marks(long assessmentId) {
		Map<Long, Map<String, OrganisationFacts.Mark>> marks = new HashMap<>();
		this.jdbc.sql("select organisation_id, criterion, points, reason from assessment_mark where assessment_id = :a")
			.param("a", assessmentId)
			.query((rs, i) -> {
				marks.computeIfAbsent(rs.getLong(1), (k) -> new HashMap<>())
					.put(rs.getString(2), new OrganisationFacts.Mark(rs.getBigDecimal(3), rs.getString(4)));
				return null;
			})
			.list();
		return marks;
	}

	/** Gives (or replaces) the office's mark of an organisation for a criterion. */
	public void mark(long assessmentId, long organisationId, String criterion, BigDecimal points, String reason,
			String actor, OffsetDateTime at) {
		this.jdbc.sql("""
				delete from assessment_mark where assessment_id = :a and organisation_id = :o and criterion = :c
				""").param("a", assessmentId).param("o", organisationId).param("c", criterion).update();
		this.jdbc
			.sql("""
					insert into assessment_mark (assessment_id, organisation_id, criterion, points, reason, given_by, given_at)
					values (:a, :o, :c, :points, :reason, :actor, :at)
					""")
			.param("a", assessmentId)
			.param("o", organisationId)
			.param("c", criterion)
			.param("points", points)
			.param("reason", reason)
			.param("actor", actor)
			.param("at", at)
			.update();
	}

	public long adjust(long assessmentId, long organisationId, BigDecimal points, String reason, String actor,
			OffsetDateTime at) {
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into assessment_adjustment (assessment_id, organisation_id, points, reason, made_by, made_at)
				values (:a, :o, :points, :reason, :actor, :at)
				""")
			.param("a", assessmentId)
			.param("o", organisationId)
			.param("points", points)
			.param("reason", reason)
			.param("actor", actor)
			.param("at", at)
			.update(key, "id");
		return key.getKeyAs(Number.class).longValue();
	}

	public List<ScoreAdjustment> adjustments(long assessmentId, long organisationId) {
		return this.jdbc.sql("""
				select id, organisation_id, points, reason, made_by, made_at from assessment_adjustment
				where assessment_id = :a and organisation_id = :o order by id
				""")
			.param("a", assessmentId)
			.param("o", organisationId)
			.query((rs, i) -> new ScoreAdjustment(rs.getLong(1), rs.getLong(2), rs.getBigDecimal(3), rs.getString(4),
					rs.getString(5), AnnualReportStore.time(rs, "made_at")))
			.list();
	}

	public long object(long assessmentId, long organisationId, String comment, String actor, OffsetDateTime at) {
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into assessment_objection (assessment_id, organisation_id, comment, filed_by, filed_at)
				values (:a, :o, :comment, :actor, :at)
				""")
			.param("a", assessmentId)
			.param("o", organisationId)
			.param("comment", comment)
			.param("actor", actor)
			.param("at", at)
			.update(key, "id");
		return key.getKeyAs(Number.class).longValue();
	}

	public Optional<Objection> objection(long assessmentId, long id) {
		return this.jdbc.sql(OBJECTIONS + " where assessment_id = :a and id = :id")
			.param("a", assessmentId)
			.param("id", id)
			.query(ReviewStore::objection)
			.optional();
	}

	public List<Objection> objections(long assessmentId, long organisationId) {
		return this.jdbc.sql(OBJECTIONS + " where assessment_id = :a and organisation_id = :o order by id")
			.param("a", assessmentId)
			.param("o", organisationId)
			.query(ReviewStore::objection)
			.list();
	}

	public void answer(long id, String answer, String actor, OffsetDateTime at) {
		this.jdbc.sql("""
				update assessment_objection set answer = :answer, answered_by = :actor, answered_at = :at where id = :id
				""").param("answer", answer).param("actor", actor).param("at", at).param("id", id).update();
	}

	private static Objection objection(ResultSet rs, int row) throws SQLException {
		return new Objection(rs.getLong("id"), rs.getLong("organisation_id"), rs.getString("comment"),
				rs.getString("filed_by"), AnnualReportStore.time(rs, "filed_at"), rs.getString("answer"),
				rs.getString("answered_by"), AnnualReportStore.time(rs, "answered_at"));
	}

}
