package org.luoshi.indicator;

import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The national overview of binding indicators on a real database, beside whatever plans
 * the database already holds: two plans of two cities holding one binding indicator under
 * the same name (grouped, counted twice) and one of them a second; a figure for no region
 * and one for the plan's own region count as the plan's, a figure for another region (a
 * county's) does not; an expected (non-binding) indicator is left out; the search and the
 * pages. Runs on H2 and PostgreSQL (see the two subclasses).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "luoshi.demo.enabled=true")
abstract class NationalIndicatorsContract {

	@Autowired
	NationalIndicators national;

	@Autowired
	JdbcClient jdbc;

	long before;

	long plansBefore;

	long first;

	long second;

	long region;

	long elsewhere;

	@BeforeEach
	void twoCityPlans() {
		this.before = this.national.overview(null, 0, 1).total();
		this.plansBefore = this.national.plans();
		List<Long> regions = this.jdbc.sql("select id from region order by id fetch first 2 rows only")
			.query(Long.class)
			.list();
		this.region = regions.get(0);
		this.elsewhere = regions.get(1);
		this.first = plan("测试甲市规划");
		this.second = plan("测试乙市规划");
		long a = indicator(this.first, "测试指标甲", true);
		long b = indicator(this.second, "测试指标甲", true);
		long c = indicator(this.second, "测试指标乙", true);
		indicator(this.first, "测试预期指标", false);
		figure(a, null, 2012);
		figure(b, this.elsewhere, 2014);
		figure(c, this.region, 2013);
	}

	long plan(String title) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into plan (title, compared_title, start_year, end_year, issuer, created_at)
				values (:t, :t, 2011, 2015, :t, :at)""")
			.param("t", title)
			.param("at", OffsetDateTime.now())
			.update(key, "id");
		return key.getKeyAs(Number.class).longValue();
	}

	long indicator(long plan, String name, boolean binding) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		this.jdbc
			.sql("""
					insert into indicator (plan_id, name, compared_name, binding, kind, unit, target, region_id, position, created_at)
					values (:p, :n, :n, :b, 'maintain', '万公顷', 100, :r, 1, :at)""")
			.param("p", plan)
			.param("n", name)
			.param("b", binding)
			.param("r", this.region)
			.param("at", OffsetDateTime.now())
			.update(key, "id");
		return key.getKeyAs(Number.class).longValue();
	}

	void figure(long indicator, Long region, int year) {
		this.jdbc
			.sql("""
					insert into indicator_value (indicator_id, region_id, figure_year, figure, status, entered_by, entered_at)
					values (:i, :r, :y, 99, 'final', 'test', :at)""")
			.param("i", indicator)
			.param("r", region)
			.param("y", year)
			.param("at", OffsetDateTime.now())
			.update();
	}

	@AfterEach
	void leaveNoTrace() {
		this.jdbc.sql("delete from indicator_value where entered_by = 'test'").update();
		this.jdbc.sql("delete from indicator where plan_id in (:p)")
			.param("p", List.of(this.first, this.second))
			.update();
		this.jdbc.sql("delete from plan where id in (:p)").param("p", List.of(this.first, this.second)).update();
	}

	@Test
	void everyBindingIndicatorOnceByNameWithThePlansHoldingAndReportingIt() {
		assertThat(this.national.overview(null, 0, 1).total()).as("two new names; the expected one left out")
			.isEqualTo(this.before + 2);
		assertThat(this.national.plans()).isEqualTo(this.plansBefore + 2);

		var found = this.national.overview("测试指标", 0, 50);
		assertThat(found.total()).isEqualTo(2);
		// wildcards are taken literally
		assertThat(this.national.overview("测试%", 0, 50).total()).isZero();
		assertThat(this.national.overview("测试指_", 0, 50).total()).isZero();
		// most plans first
		assertThat(found.items()).extracting(NationalIndicator::name).containsExactly("测试指标甲", "测试指标乙");
		NationalIndicator both = found.items().get(0);
		assertThat(both.plans()).isEqualTo(2);
		assertThat(both.unit()).isEqualTo("万公顷");
		// the first plan's figure for no region counts; the second's for another region
		// does not
		assertThat(both.withFigures()).isEqualTo(1);
		assertThat(both.latestYear()).isEqualTo(2012);
		assertThat(both.reportedPercent()).isEqualTo(50);
		NationalIndicator own = found.items().get(1);
		// a figure for the plan's own region is the plan's
		assertThat(own.plans()).isEqualTo(1);
		assertThat(own.withFigures()).isEqualTo(1);
		assertThat(own.latestYear()).isEqualTo(2013);

		var page = this.national.overview(null, 1, 5);
		assertThat(page.items()).hasSizeLessThanOrEqualTo(5);
		assertThat(page.items()).doesNotContainAnyElementsOf(this.national.overview(null, 0, 5).items());
		assertThat(page.total()).isEqualTo(this.before + 2);
	}

}
