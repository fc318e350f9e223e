package org.luoshi.evaluation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.luoshi.evaluation.Rubric;
import org.luoshi.evaluation.RubricForm;
import org.luoshi.evaluation.RubricGroup;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The rubrics of each plan, year and group, with every version they were saved in. A save
 * moves the rubric to its next version on the condition that it is still at the version
 * the writer read.
 */
@Repository
public class RubricStore {

	private static final String SELECT = """
			select id, plan_id, assess_year, org_group, version, content, saved_by, saved_at from assessment_rubric
			""";

	private final JdbcClient jdbc;

	RubricStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Rubric> find(long planId, int year, RubricGroup group) {
		return this.jdbc.sql(SELECT + " where plan_id = :plan and assess_year = :year and org_group = :group")
			.param("plan", planId)
			.param("year", year)
			.param("group", group.code())
			.query(RubricStore::rubric)
			.optional();
	}

	/** The plan's rubrics of one year, departments first. */
	public List<Rubric> ofYear(long planId, int year) {
		return this.jdbc.sql(SELECT + " where plan_id = :plan and assess_year = :year order by org_group desc")
			.param("plan", planId)
			.param("year", year)
			.query(RubricStore::rubric)
			.list();
	}

	public long insert(long planId, int year, RubricGroup group, RubricForm form, String actor, OffsetDateTime at) {
		KeyHolder key = new GeneratedKeyHolder();
		String content = AssessmentJson.write(form);
		this.jdbc.sql("""
				insert into assessment_rubric (plan_id, assess_year, org_group, content, version, saved_by, saved_at)
				values (:plan, :year, :group, :content, 1, :actor, :at)
				""")
			.param("plan", planId)
			.param("year", year)
			.param("group", group.code())
			.param("content", content)
			.param("actor", actor)
			.param("at", at)
			.update(key, "id");
		long id = key.getKeyAs(Number.class).longValue();
		keep(id, 1, content, actor, at);
		return id;
	}

	/**
	 * Saves the rubric if it is still at the version the writer read, keeping the new
	 * version.
	 * @return false when somebody saved meanwhile
	 */
	public boolean update(long id, int expectedVersion, RubricForm form, String actor, OffsetDateTime at) {
		String content = AssessmentJson.write(form);
		boolean saved = this.jdbc
			.sql("""
					update assessment_rubric set content = :content, version = version + 1, saved_by = :actor, saved_at = :at
					where id = :id and version = :version
					""")
			.param("content", content)
			.param("actor", actor)
			.param("at", at)
			.param("id", id)
			.param("version", expectedVersion)
			.update() == 1;
		if (saved) {
			keep(id, expectedVersion + 1, content, actor, at);
		}
		return saved;
	}

	/** How many versions the rubric was saved in. */
	public int versions(long id) {
		return this.jdbc.sql("select count(*) from assessment_rubric_version where rubric_id = :id")
			.param("id", id)
			.query(Integer.class)
			.single();
	}

	private void keep(long id, int version, String content, String actor, OffsetDateTime at) {
		this.jdbc.sql("""
				insert into assessment_rubric_version (rubric_id, version, content, saved_by, saved_at)
				values (:id, :version, :content, :actor, :at)
				""")
			.param("id", id)
			.param("version", version)
			.param("content", content)
			.param("actor", actor)
			.param("at", at)
			.update();
	}

	private static Rubric rubric(ResultSet rs, int row) throws SQLException {
		RubricForm form = AssessmentJson.rubric(rs.getString("content"));
		return new Rubric(rs.getLong("id"), rs.getLong("plan_id"), rs.getInt("assess_year"),
				RubricGroup.of(rs.getString("org_group")), rs.getInt("version"), form.criteria(), form.bands(),
				rs.getString("saved_by"), AnnualReportStore.time(rs, "saved_at"));
	}

}
