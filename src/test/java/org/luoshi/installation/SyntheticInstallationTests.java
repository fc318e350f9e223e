package org.luoshi.installation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.LuoshiApplication;
import org.luoshi.common.ComparedText;
import org.luoshi.common.Page;
import org.luoshi.indicator.Indicators;
import org.luoshi.plan.OrganisationTasks;
import org.luoshi.plan.PlanOverview;
import org.luoshi.plan.PlanRegister;
import org.luoshi.plan.TaskFilter;
import org.luoshi.plan.TaskSummary;
import org.luoshi.testing.EmbeddedPostgres;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generator on H2 and on PostgreSQL (by COPY there): a small country (Beijing's 17
 * governments, about 30 tasks a plan, one year of figures and reports) is written, every
 * table holds the rows the generator counted, every task is assigned as its mode says
 * (one lead, or none when each answers by duty), and the application's own read services
 * find the plans, tasks, organisations and indicators.
 */
class SyntheticInstallationTests {

	private static final GenerationOptions SMALL = new GenerationOptions(1, 30, 7, 1);

	@TempDir
	static Path dir;

	@Test
	void generatesACoherentInstallationOnH2() {
		generateAndRead("jdbc:h2:file:" + dir.resolve("h2").toAbsolutePath()
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", "sa", "");
	}

	@Test
	void generatesACoherentInstallationOnPostgres() {
		generateAndRead(EmbeddedPostgres.newDatabase(), "postgres", "postgres");
	}

	private void generateAndRead(String url, String username, String password) {
		List<String> args = new ArrayList<>(
				List.of("--spring.datasource.url=" + url, "--spring.datasource.username=" + username,
						"--spring.datasource.password=" + password, "--logging.level.root=WARN"));
		args.addAll(InstallationCommandLine.FIXED);
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(LuoshiApplication.class)
			.web(WebApplicationType.NONE)
			.run(args.toArray(String[]::new))) {
			SyntheticInstallation generator = context.getBean(SyntheticInstallation.class);
			SyntheticInstallation.Plan plan = generator.plan(SMALL);
			long[] heard = { 0, 0 };
			GenerationSummary summary = generator.generate(SMALL, (done, total) -> {
				heard[0] = done;
				heard[1] = total;
			});
			assertThat(heard).containsExactly(plan.tasks(), plan.tasks());
			JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
			theRowsAreThoseCounted(jdbc, summary, plan);
			everyTaskIsAssignedAsItsModeSays(jdbc);
			theApplicationReadsThem(context, jdbc, summary);
			// identities continue past the generated rows
			jdbc.update("insert into region (name, short_name, level) values ('x', 'x', 'county')");
			assertThat(jdbc.queryForObject("select max(id) from region", Long.class))
				.isEqualTo(summary.rows("region") + 1);
			// a second run into the same database is refused and writes nothing
			org.assertj.core.api.Assertions.assertThatThrownBy(() -> generator.generate(SMALL, (d, t) -> {
			}))
				.isInstanceOfSatisfying(InstallationRefusal.class,
						(refusal) -> assertThat(refusal.code()).isEqualTo("installation.refused.generate-not-empty"));
			assertThat(jdbc.queryForObject("select count(*) from task", Long.class)).isEqualTo(plan.tasks());
		}
	}

	private static void theRowsAreThoseCounted(JdbcTemplate jdbc, GenerationSummary summary,
			SyntheticInstallation.Plan plan) {
		for (Map.Entry<String, Long> table : summary.rows().entrySet()) {
			assertThat(jdbc.queryForObject("select count(*) from " + table.getKey(), Long.class)).as(table.getKey())
				.isEqualTo(table.getValue())
				.isPositive();
		}
		// Beijing and its 16 districts, each with its plan
		assertThat(summary.rows("plan")).isEqualTo(plan.plans()).isEqualTo(17);
		assertThat(summary.rows("task")).isEqualTo(plan.tasks());
		assertThat(summary.rows("region")).isEqualTo(17);
		// one report entry per organisation and task answered for, in the one year
		assertThat(summary.rows("report_entry")).isEqualTo(summary.rows("assignment"));
		assertThat(jdbc.queryForObject("select count(distinct region_id) from organisation", Long.class)).isEqualTo(17);
	}

	private static void everyTaskIsAssignedAsItsModeSays(JdbcTemplate jdbc) {
		assertThat(jdbc.queryForObject("""
				select count(*) from task t where t.mode <> 'by-duty'
				and (select count(*) from assignment a where a.task_id = t.id and a.role = 'lead') <> 1""", Long.class))
			.isZero();
		assertThat(jdbc.queryForObject("""
				select count(*) from task t where t.mode = 'by-duty'
				and exists (select 1 from assignment a where a.task_id = t.id and a.role = 'lead')""", Long.class))
			.isZero();
		assertThat(jdbc.queryForObject(
				"select count(*) from task t where not exists (select 1 from assignment a where a.task_id = t.id)",
				Long.class))
			.isZero();
		// the lead is the first organisation the clause names
		assertThat(jdbc.queryForObject("select count(*) from assignment where role = 'lead' and position <> 0",
				Long.class))
			.isZero();
		jdbc.query("select text, compared_text, responsibility_clause from task", (row) -> {
			assertThat(row.getString(2)).isEqualTo(ComparedText.of(row.getString(1)));
			assertThat(row.getString(3)).startsWith("（").endsWith("）");
		});
		// an organisation answers in its own government's plan or in the one above
		assertThat(jdbc.queryForObject(
				"""
						select count(*) from assignment a join task t on t.id = a.task_id
						join organisation o on o.id = a.organisation_id join indicator i on i.plan_id = t.plan_id
						join region r on r.id = o.region_id
						where i.position = 1 and o.region_id <> i.region_id and (r.parent_id is null or r.parent_id <> i.region_id)""",
				Long.class))
			.isZero();
	}

	private static void theApplicationReadsThem(ConfigurableApplicationContext context, JdbcTemplate jdbc,
			GenerationSummary summary) {
		PlanRegister register = context.getBean(PlanRegister.class);
		List<PlanOverview> plans = register.plans();
		assertThat(plans).hasSize(17);
		long tasks = 0;
		for (PlanOverview plan : plans) {
			Page<TaskSummary> page = register.tasks(plan.id(), TaskFilter.none(), 0, 10);
			assertThat(page.total()).isEqualTo(plan.taskCount()).isPositive();
			assertThat(page.items()).allSatisfy((task) -> assertThat(task.assignments()).isNotEmpty());
			tasks += page.total();
		}
		assertThat(tasks).isEqualTo(summary.rows("task"));
		long province = plans.stream().filter((p) -> p.title().startsWith("北京市")).findFirst().orElseThrow().id();
		assertThat(register.matrix(province).rows()).isNotEmpty();
		Long lead = jdbc.queryForObject("""
				select a.organisation_id from assignment a join task t on t.id = a.task_id
				where t.plan_id = ? and a.role = 'lead' order by t.position limit 1""", Long.class, province);
		OrganisationTasks led = register.tasksOf(lead, province);
		assertThat(led.tasks()).isNotEmpty().anySatisfy((part) -> assertThat(part.role()).isEqualTo("lead"));
		assertThat(context.getBean(Indicators.class).ofPlan(province))
			.hasSize(jdbc.queryForObject("select count(*) from indicator where plan_id = ?", Integer.class, province));
	}

}
