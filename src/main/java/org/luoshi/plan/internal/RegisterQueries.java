package org.luoshi.plan.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.luoshi.plan.ChapterOverview;
import org.luoshi.plan.PlanCatalogue;
import org.luoshi.plan.PlanOverview;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The plans in the register with their chapters and counts, for the home page and the
 * plan list.
 */
@Repository
@Transactional(readOnly = true)
class RegisterQueries implements PlanCatalogue {

	private final JdbcClient jdbc;

	RegisterQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	private static final String PLANS = """
			select id, title, start_year, end_year, issuer, issued_on, reporting_deadline, reporting_frequency,
			       reporting_days_after
			from plan""";

	// every chapter with its counts in one grouped read, not a count per chapter
	private static final String CHAPTERS = """
			select c.plan_id, c.number, c.title,
			       (select count(*) from section s where s.chapter_id = c.id and s.removed = false) as sections,
			       (select count(*) from task t where t.chapter_id = c.id and t.removed = false) as tasks
			from chapter c where c.removed = false""";

	@Override
	public List<PlanOverview> plans() {
		return overviews(this.jdbc.sql(PLANS + " order by id").query(RegisterQueries::row).list(),
				this.jdbc.sql(CHAPTERS + " order by c.plan_id, c.number").query(RegisterQueries::chapter).list());
	}

	@Override
	public Optional<PlanOverview> plan(long planId) {
		List<Row> rows = this.jdbc.sql(PLANS + " where id = :plan")
			.param("plan", planId)
			.query(RegisterQueries::row)
			.list();
		if (rows.isEmpty()) {
			return Optional.empty();
		}
		List<ChapterRow> chapters = this.jdbc.sql(CHAPTERS + " and c.plan_id = :plan order by c.number")
			.param("plan", planId)
			.query(RegisterQueries::chapter)
			.list();
		return Optional.of(overviews(rows, chapters).get(0));
	}

	private static List<PlanOverview> overviews(List<Row> rows, List<ChapterRow> chapters) {
		Map<Long, List<ChapterOverview>> byPlan = new HashMap<>();
		chapters.forEach((c) -> byPlan.computeIfAbsent(c.planId(), (k) -> new ArrayList<>()).add(c.overview()));
		List<PlanOverview> plans = new ArrayList<>();
		for (Row row : rows) {
			plans.add(new PlanOverview(row.id(), row.title(), row.start(), row.end(), row.issuer(), row.issuedOn(),
					byPlan.getOrDefault(row.id(), List.of()),
					(row.deadline() == null) ? null : MonthDay.parse(row.deadline()), row.frequency(),
					row.daysAfter()));
		}
		return plans;
	}

	private static Row row(ResultSet rs, int i) throws SQLException {
		return new Row(rs.getLong(1), rs.getString(2), (Integer) rs.getObject(3), (Integer) rs.getObject(4),
				rs.getString(5), rs.getObject(6, LocalDate.class), rs.getString(7), rs.getString(8),
				(Integer) rs.getObject(9));
	}

	private static ChapterRow chapter(ResultSet rs, int i) throws SQLException {
		return new ChapterRow(rs.getLong(1),
				new ChapterOverview(rs.getInt(2), rs.getString(3), rs.getInt(4), rs.getInt(5)));
	}

	private record Row(long id, String title, Integer start, Integer end, String issuer, LocalDate issuedOn,
			String deadline, String frequency, Integer daysAfter) {
	}

	private record ChapterRow(long planId, ChapterOverview overview) {
	}

}
