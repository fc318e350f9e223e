package org.luoshi.indicator;

import java.time.OffsetDateTime;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The national overview of binding indicators on a real database: the seed plan's binding
 * indicators, a second plan holding one of them under the same name (grouped, counted
 * twice), the figures of a plan's own (a city's do not count), the search and the pages.
 * Runs on H2 and PostgreSQL (see the two subclasses).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "luoshi.demo.enabled=true")
abstract class NationalIndicatorsContract {

	@Autowired
	NationalIndicators national;

	@Autowired
	JdbcClient jdbc;

	long seed;

	long other;

	long land;

	long forest;

	int binding;

	@BeforeEach
	void secondPlan() {
		this.seed = this.jdbc.sql("select min(id) from plan").query(Long.class).single();
		this.binding = this.jdbc.sql("select count(*) from indicator where binding and plan_id = :p")
			.param("p", this.seed)
			.query(Integer.class)
			.single();
		OffsetDateTime now = OffsetDateTime.now();
		var key = new org.springframework.jdbc.support.GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into plan (title, compared_title, start_year, end_year, issuer, created_at)
				values ('某市规划', '某市规划', 2011, 2015, '某市人民政府', :at)""").param("at", now).update(key, "id");
		this.other = key.getKeyAs(Number.class).longValue();
		this.land = this.jdbc.sql("select id from indicator where plan_id = :p and name like '耕地保有量%'")
			.param("p", this.seed)
			.query(Long.class)
			.single();
		this.jdbc.sql("""
				insert into indicator (plan_id, name, compared_name, binding, kind, unit, target, position, created_at)
				select :other, name, compared_name, true, kind, unit, target, 1, :at from indicator where id = :land""")
			.param("other", this.other)
			.param("land", this.land)
			.param("at", now)
			.update();
		long copy = this.jdbc.sql("select id from indicator where plan_id = :p")
			.param("p", this.other)
			.query(Long.class)
			.single();
		long city = this.jdbc.sql("select min(id) from region where parent_id is not null").query(Long.class).single();
		figure(copy, null, 2012);
		figure(this.land, city, 2013);
		// a figure entered for the plan's own region is the plan's
		this.forest = this.jdbc.sql("select id from indicator where plan_id = :p and name like '森林覆盖率%'")
			.param("p", this.seed)
			.query(Long.class)
			.single();
		figure(this.forest,
				this.jdbc.sql("select region_id from indicator where id = :i")
					.param("i", this.forest)
					.query(Long.class)
					.single(),
				2011);
	}

	void figure(long indicator, Long region, int year) {
		this.jdbc
			.sql("""
					insert into indicator_value (indicator_id, region_id, figure_year, figure, status, entered_by, entered_at)
					values (:i, :r, :y, 550, 'final', 'test', :at)""")
			.param("i", indicator)
			.param("r", region)
			.param("y", year)
			.param("at", OffsetDateTime.now())
			.update();
	}

	@AfterEach
	void leaveNoTrace() {
		this.jdbc.sql("delete from indicator_value where entered_by = 'test'").update();
		this.jdbc.sql("delete from indicator where plan_id = :p").param("p", this.other).update();
		this.jdbc.sql("delete from plan where id = :p").param("p", this.other).update();
	}

	@Test
	void everyBindingIndicatorOnceByNameWithThePlansHoldingAndReportingIt() {
		var all = this.national.overview(null, 0, 200);
		assertThat(all.total()).isEqualTo(this.binding);
		assertThat(this.national.plans()).isEqualTo(2);
		NationalIndicator land = all.items().get(0);
		assertThat(land.name()).startsWith("耕地保有量");
		assertThat(land.plans()).isEqualTo(2);
		// the other plan's own figure counts; the city's figure on the seed's does not
		assertThat(land.withFigures()).isEqualTo(1);
		assertThat(land.latestYear()).isEqualTo(2012);
		assertThat(land.reportedPercent()).isEqualTo(50);
		assertThat(all.items().subList(1, all.items().size())).allSatisfy((r) -> assertThat(r.plans()).isEqualTo(1));
		assertThat(all.items()).filteredOn((r) -> r.name().startsWith("森林覆盖率")).singleElement().satisfies((r) -> {
			assertThat(r.withFigures()).isEqualTo(1);
			assertThat(r.latestYear()).isEqualTo(2011);
		});
		assertThat(all.items()).filteredOn((r) -> !r.name().startsWith("森林覆盖率") && !r.name().startsWith("耕地保有量"))
			.allSatisfy((r) -> assertThat(r.withFigures()).isZero());

		var found = this.national.overview("耕地", 0, 50);
		assertThat(found.items()).extracting(NationalIndicator::name).allMatch((n) -> n.contains("耕地"));
		assertThat(found.total()).isEqualTo(found.items().size()).isPositive();

		var second = this.national.overview(null, 1, 5);
		assertThat(second.items()).hasSize(5);
		assertThat(second.items()).doesNotContainAnyElementsOf(this.national.overview(null, 0, 5).items());
		assertThat(second.total()).isEqualTo(this.binding);
	}

}
