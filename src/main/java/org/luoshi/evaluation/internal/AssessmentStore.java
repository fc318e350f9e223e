package org.luoshi.evaluation.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.luoshi.evaluation.AssessmentState;
import org.luoshi.evaluation.AssessmentSummary;
import org.luoshi.evaluation.Grade;
import org.luoshi.evaluation.GradeBands;
import org.luoshi.evaluation.RankedScore;
import org.luoshi.evaluation.RubricGroup;
import org.luoshi.evaluation.ScoreBreakdown;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * A year's assessment with its numbered runs of results ({@link ReviewStore} keeps what
 * the review adds). The ranking is read in one query, the adjustments summed and last
 * year's score joined in the database; state changes hold only from the state the caller
 * saw.
 */
@Repository
public class AssessmentStore {

	private static final String SUMMARY = """
			select id, plan_id, assess_year, cycle_id, state, run_number, version, computed_by, computed_at, locked_by,
			       locked_at, published_by, published_at
			from assessment
			""";

	private final JdbcClient jdbc;

	AssessmentStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<AssessmentSummary> find(long planId, int year) {
		return this.jdbc.sql(SUMMARY + " where plan_id = :plan and assess_year = :year")
			.param("plan", planId)
			.param("year", year)
			.query(AssessmentStore::summary)
			.optional();
	}

	/** The published assessments, newest year first: what the portal lists. */
	public List<AssessmentSummary> published(int limit) {
		return this.jdbc.sql(SUMMARY + " where state = :state order by assess_year desc, id desc limit :limit")
			.param("state", AssessmentState.PUBLISHED.code())
			.param("limit", limit)
			.query(AssessmentStore::summary)
			.list();
	}

	public long create(long planId, int year, long cycleId) {
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into assessment (plan_id, assess_year, cycle_id, state) values (:plan, :year, :cycle, :state)
				""")
			.param("plan", planId)
			.param("year", year)
			.param("cycle", cycleId)
			.param("state", AssessmentState.REVIEW.code())
			.update(key, "id");
		return key.getKeyAs(Number.class).longValue();
	}

	/**
	 * Opens the next run of an assessment under review.
	 * @return its number; empty when the assessment is no longer under review
	 */
	public Optional<Integer> nextRun(long id, String actor, OffsetDateTime at) {
		int updated = this.jdbc.sql("""
				update assessment set run_number = run_number + 1, version = version + 1, computed_by = :actor,
				       computed_at = :at
				where id = :id and state = :review
				""")
			.param("actor", actor)
			.param("at", at)
			.param("id", id)
			.param("review", AssessmentState.REVIEW.code())
			.update();
		if (updated != 1) {
			return Optional.empty();
		}
		return Optional.of(this.jdbc.sql("select run_number from assessment where id = :id")
			.param("id", id)
			.query(Integer.class)
			.single());
	}

	public void insertResult(long assessmentId, int run, ScoreBreakdown breakdown, GradeBands bands) {
		this.jdbc
			.sql("""
					insert into assessment_result (assessment_id, run_number, organisation_id, organisation_name, org_group,
					                               computed, grade_by_points, cap, band_exceeded, band_completed, band_basic,
					                               breakdown)
					values (:assessment, :run, :organisation, :name, :group, :computed, :grade, :cap, :exceeded, :completed,
					        :basic, :breakdown)
					""")
			.param("assessment", assessmentId)
			.param("run", run)
			.param("organisation", breakdown.organisationId())
			.param("name", breakdown.organisationName())
			.param("group", breakdown.group().code())
			.param("computed", breakdown.total())
			.param("grade", breakdown.gradeByPoints().code())
			.param("cap", (breakdown.cap() != null) ? breakdown.cap().code() : null)
			.param("exceeded", bands.exceeded())
			.param("completed", bands.completed())
			.param("basic", bands.basic())
			.param("breakdown", AssessmentJson.write(breakdown))
			.update();
	}

	/**
	 * The group's scores in a run, best first, with the office's adjustments summed in
	 * and last year's final score alongside; ties share a place.
	 */
	public List<RankedScore> ranking(AssessmentSummary a, RubricGroup group) {
		List<RankedScore> rows = this.jdbc
			.sql("""
					select organisation_id, organisation_name, computed, adjustment, cap, band_exceeded, band_completed,
					       band_basic, previous + coalesce(previous_adjustment, 0) previous
					from (select r.organisation_id, r.organisation_name, r.computed, r.cap, r.band_exceeded,
					             r.band_completed, r.band_basic, pr.computed previous,
					             coalesce((select sum(x.points) from assessment_adjustment x
					                       where x.assessment_id = r.assessment_id
					                         and x.organisation_id = r.organisation_id), 0) adjustment,
					             (select sum(y.points) from assessment_adjustment y
					              where y.assessment_id = p.id and y.organisation_id = r.organisation_id) previous_adjustment
					      from assessment_result r
					      left join assessment p on p.plan_id = :plan and p.assess_year = :previousYear
					      left join assessment_result pr on pr.assessment_id = p.id and pr.run_number = p.run_number
					           and pr.organisation_id = r.organisation_id
					      where r.assessment_id = :assessment and r.run_number = :run and r.org_group = :group) scored
					order by computed + adjustment desc, organisation_name
					""")
			.param("assessment", a.id())
			.param("run", a.run())
			.param("group", group.code())
			.param("plan", a.planId())
			.param("previousYear", a.year() - 1)
			.query((rs, i) -> row(rs, group))
			.list();
		return ranked(rows);
	}

	// competition ranking: equal scores share a place, the next place skips (1, 1, 3)
	private static List<RankedScore> ranked(List<RankedScore> rows) {
		List<RankedScore> ranked = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			RankedScore r = rows.get(i);
			int rank = (i > 0 && rows.get(i - 1).score().compareTo(r.score()) == 0) ? ranked.get(i - 1).rank() : i + 1;
			ranked.add(new RankedScore(r.organisationId(), r.organisationName(), r.group(), rank, r.computed(),
					r.adjustment(), r.score(), r.grade(), r.cap(), r.previous()));
		}
		return ranked;
	}

	private static RankedScore row(ResultSet rs, RubricGroup group) throws SQLException {
		BigDecimal computed = rs.getBigDecimal("computed");
		BigDecimal adjustment = rs.getBigDecimal("adjustment");
		BigDecimal score = computed.add(adjustment).max(BigDecimal.ZERO).setScale(2);
		GradeBands bands = new GradeBands(rs.getBigDecimal("band_exceeded"), rs.getBigDecimal("band_completed"),
				rs.getBigDecimal("band_basic"));
		Grade cap = grade(rs.getString("cap"));
		BigDecimal previous = rs.getBigDecimal("previous");
		return new RankedScore(rs.getLong("organisation_id"), rs.getString("organisation_name"), group, 0,
				computed.setScale(2), adjustment.setScale(2), score, bands.of(score).atMost(cap), cap,
				(previous != null) ? previous.setScale(2) : null);
	}

	private static Grade grade(String code) {
		if (code == null) {
			return null;
		}
		for (Grade g : Grade.values()) {
			if (g.code().equals(code)) {
				return g;
			}
		}
		throw new IllegalStateException("unknown grade " + code);
	}

	/** The organisation's breakdown in a run. */
	public Optional<ScoreBreakdown> breakdown(long assessmentId, int run, long organisationId) {
		return this.jdbc.sql("""
				select breakdown from assessment_result
				where assessment_id = :assessment and run_number = :run and organisation_id = :organisation
				""")
			.param("assessment", assessmentId)
			.param("run", run)
			.param("organisation", organisationId)
			.query(String.class)
			.optional()
			.map(AssessmentJson::breakdown);
	}

	/**
	 * Every breakdown of a run, by organisation: what a recomputation is compared with.
	 */
	public Map<Long, ScoreBreakdown> run(long assessmentId, int run) {
		Map<Long, ScoreBreakdown> all = new HashMap<>();
		this.jdbc.sql("select breakdown from assessment_result where assessment_id = :assessment and run_number = :run")
			.param("assessment", assessmentId)
			.param("run", run)
			.query(String.class)
			.list()
			.forEach((json) -> {
				ScoreBreakdown b = AssessmentJson.breakdown(json);
				all.put(b.organisationId(), b);
			});
		return all;
	}

	/** Moves the assessment from one state to the next; false when it was not in it. */
	public boolean move(long id, AssessmentState from, AssessmentState to, String actor, OffsetDateTime at) {
		String who = (to == AssessmentState.LOCKED) ? "locked" : "published";
		return this.jdbc.sql("""
				update assessment set state = :to, %1$s_by = :actor, %1$s_at = :at, version = version + 1
				where id = :id and state = :from
				""".formatted(who))
			.param("to", to.code())
			.param("actor", actor)
			.param("at", at)
			.param("id", id)
			.param("from", from.code())
			.update() == 1;
	}

	private static AssessmentSummary summary(ResultSet rs, int row) throws SQLException {
		return new AssessmentSummary(rs.getLong("id"), rs.getLong("plan_id"), rs.getInt("assess_year"),
				rs.getLong("cycle_id"), AssessmentState.of(rs.getString("state")), rs.getInt("run_number"),
				rs.getInt("version"), rs.getString("computed_by"), AnnualReportStore.time(rs, "computed_at"),
				rs.getString("locked_by"), AnnualReportStore.time(rs, "locked_at"), rs.getString("published_by"),
				AnnualReportStore.time(rs, "published_at"));
	}

}
