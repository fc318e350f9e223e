package org.luoshi.plan.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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

	@Override
	public List<PlanOverview> plans() {
		record Row(long id, String title, Integer start, Integer end, String issuer, LocalDate issuedOn,
				String deadline, String frequency, Integer daysAfter) {
		}
		List<Row> rows = jdbc.sql("""
				select id, title, start_year, end_year, issuer, issued_on, reporting_deadline, reporting_frequency,
				       reporting_days_after
				from plan order by id""")
			.query((rs, i) -> new Row(rs.getLong(1), rs.getString(2), (Integer) rs.getObject(3),
					(Integer) rs.getObject(4), rs.getString(5), rs.getObject(6, LocalDate.class), rs.getString(7),
					rs.getString(8), (Integer) rs.getObject(9)))
			.list();
		List<PlanOverview> plans = new ArrayList<>();
		for (Row row : rows) {
			plans.add(new PlanOverview(row.id(), row.title(), row.start(), row.end(), row.issuer(), row.issuedOn(),
					chapters(row.id()), row.deadline() == null ? null : java.time.MonthDay.parse(row.deadline()),
					row.frequency(), row.daysAfter()));
		}
		return plans;
	}

	private List<ChapterOverview> chapters(long planId) {
		return jdbc.sql("""
				select c.number, c.title,
				       (select count(*) from section s where s.chapter_id = c.id and s.removed = false) as sections,
				       (select count(*) from task t where t.chapter_id = c.id and t.removed = false) as tasks
				from chapter c where c.plan_id = :plan and c.removed = false order by c.number
				""")
			.param("plan", planId)
			.query((rs, i) -> new ChapterOverview(rs.getInt(1), rs.getString(2), rs.getInt(3), rs.getInt(4)))
			.list();
	}

}
