package org.luoshi.web;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.luoshi.organisation.OrganisationDirectory;
import org.luoshi.plan.PlanRegister;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Each page reads the register in a fixed number of statements, whatever the plan's size:
 * the seed plan (146 tasks) and a plan twenty times its size are read with the same
 * count. A page that read tasks or names one by one would count more on the larger plan.
 */
@SpringBootTest(properties = "luoshi.demo.enabled=true")
@AutoConfigureMockMvc
@Import(PageStatementCountTests.Counting.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageStatementCountTests {

	private static final int COPIES = 20;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	PlanRegister register;

	@Autowired
	OrganisationDirectory directory;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JdbcTemplate template;

	@Autowired
	StatementCounter counter;

	long seed;

	long large;

	@BeforeAll
	void aPlanTwentyTimesTheSeed() {
		this.seed = this.register.plans().get(0).id();
		this.large = copy(this.seed, COPIES);
		assertThat(this.register.plan(this.large).chapters().stream().mapToInt((c) -> c.taskCount()).sum())
			.isEqualTo(146 * COPIES);
	}

	@Test
	void thePlanOverviewAndItsSearch() throws Exception {
		assertSameCount("/plans/%d", "office");
		assertSameCount("/plans/%d?q=建设&chapter=2", "office");
		assertSameCount("/plans/%d?organisation=" + organisation("省农委") + "&role=lead", "nongwei");
	}

	@Test
	void aChapterOpened() throws Exception {
		assertSameCount("/plans/%d/chapters/2", "leader");
	}

	@Test
	void theMatrix() throws Exception {
		assertSameCount("/plans/%d/matrix", "leader");
		assertSameCount("/api/plans/%d/matrix", "leader");
	}

	@Test
	void anOrganisationsTasks() throws Exception {
		assertSameCount("/organisations/" + organisation("省农委") + "/tasks?plan=%d", "nongwei");
		assertSameCount("/organisations/" + organisation("省发展改革委") + "/tasks?plan=%d", "office");
	}

	@Test
	void theFilingViewAndAnImplementationPlan() throws Exception {
		org.luoshi.implementation.ImplementationFixtures.clear(this.jdbc);
		assertSameCount("/plans/%d/filings", "office");
		assertSameCount("/indicators/national", "leader");
		assertSameCount("/api/plans/%d/unplanned-tasks", "leader");
		assertSameCount("/plans/%d/implementation/" + organisation("省农委"), "nongwei");
	}

	@Test
	void aPageOfTasksThroughTheApi() throws Exception {
		assertSameCount("/api/plans/%d/tasks?size=50&page=1", "office");
		assertSameCount("/api/plans/%d/tasks?q=农业&size=20", "office");
	}

	@Test
	void whereATaskWentAndTheTaskPage() throws Exception {
		// the large plan stands under the seed: one copy of 7.1.2 carries down 7.1.2,
		// all twenty copies of 7.1.3 carry down 7.1.3
		this.jdbc.sql("update plan set parent_plan_id = :seed where id = :large")
			.param("seed", this.seed)
			.param("large", this.large)
			.update();
		long one = seedTask("7.1.2");
		long twenty = seedTask("7.1.3");
		this.jdbc
			.sql("""
					insert into task_link (child_task_id, parent_task_id, status, similarity, proposed_by, proposed_at)
					select min(id), :parent, 'confirmed', 0.9, 'office', :at from task where plan_id = :large and code = '7.1.2'
					""")
			.param("parent", one)
			.param("at", OffsetDateTime.now())
			.param("large", this.large)
			.update();
		this.jdbc.sql("""
				insert into task_link (child_task_id, parent_task_id, status, similarity, proposed_by, proposed_at)
				select id, :parent, 'proposed', 0.8, 'office', :at from task where plan_id = :large and code = '7.1.3'
				""").param("parent", twenty).param("at", OffsetDateTime.now()).param("large", this.large).update();
		int small = count("/tasks/" + one + "/cascade", "office");
		int big = count("/tasks/" + twenty + "/cascade", "office");
		assertThat(small).isPositive();
		assertThat(big)
			.as("statements for the cascade of twenty links against one (%d); most prepared:%n%s", small,
					this.counter.mostPrepared())
			.isEqualTo(small);
		int page = count("/tasks/" + one, "office");
		assertThat(count("/tasks/" + twenty, "office")).as("statements for the task page").isEqualTo(page);
	}

	private long seedTask(String code) {
		return this.jdbc.sql("select id from task where plan_id = :p and code = :c and removed = false")
			.param("p", this.seed)
			.param("c", code)
			.query(Long.class)
			.single();
	}

	@Test
	void openingACycle() throws Exception {
		// set-based: the reports, their entries and owed figures go in batches, so a
		// plan of twenty times the tasks opens its cycle in as many statements
		int small = open(this.seed);
		int big = open(this.large);
		assertThat(small).isPositive();
		// the plan's task ids go to the database in chunks of 1,000: the larger plan may
		// take a statement more per chunk, never one per task or assignment (it took
		// 7,357 against 406 when each assignment's organisation was read on its own)
		assertThat(big)
			.as("statements to open a cycle of %d tasks against one of 146 (%d); most prepared:%n%s", 146 * COPIES,
					small, this.counter.mostPrepared())
			.isLessThanOrEqualTo(small + 2 * (146 * COPIES / 1000 + 1));
		assertThat(this.jdbc.sql("""
				select count(*) from report_entry e join progress_report r on r.id = e.report_id
				join reporting_cycle c on c.id = r.cycle_id where c.plan_id = :plan and c.report_year = 2014""")
			.param("plan", this.large)
			.query(Long.class)
			.single())
			.as("entries of the large plan's cycle")
			.isEqualTo(COPIES * this.jdbc.sql("""
					select count(*) from report_entry e join progress_report r on r.id = e.report_id
					join reporting_cycle c on c.id = r.cycle_id where c.plan_id = :plan and c.report_year = 2014""")
				.param("plan", this.seed)
				.query(Long.class)
				.single());
	}

	@Test
	void aCyclesDashboardAndAReport() throws Exception {
		// a cycle of 2013 on each plan (openingACycle takes 2014); the large plan's
		// report of 省农委 has twenty times the entries
		open(this.seed, 2013);
		open(this.large, 2013);
		long agriculture = organisation("省农委");
		long seedCycle = cycle(this.seed, 2013);
		long largeCycle = cycle(this.large, 2013);
		int dashboard = count("/cycles/" + seedCycle, "office");
		assertThat(dashboard).isPositive();
		assertThat(count("/cycles/" + largeCycle, "office"))
			.as("statements for the cycle dashboard; most prepared:%n%s", this.counter.mostPrepared())
			.isEqualTo(dashboard);
		int report = count("/reports/" + reportOf(seedCycle, agriculture), "nongwei");
		assertThat(report).isPositive();
		assertThat(count("/reports/" + reportOf(largeCycle, agriculture), "nongwei"))
			.as("statements for a report of %d entries against one of 27; most prepared:%n%s", 27 * COPIES,
					this.counter.mostPrepared())
			.isEqualTo(report);
	}

	private long cycle(long plan, int year) {
		return this.jdbc.sql("select id from reporting_cycle where plan_id = :plan and report_year = :year")
			.param("plan", plan)
			.param("year", year)
			.query(Long.class)
			.single();
	}

	private long reportOf(long cycle, long organisation) {
		return this.jdbc
			.sql("select id from progress_report where cycle_id = :cycle and organisation_id = :organisation")
			.param("cycle", cycle)
			.param("organisation", organisation)
			.query(Long.class)
			.single();
	}

	private int open(long plan) throws Exception {
		return open(plan, 2014);
	}

	private int open(long plan, int year) throws Exception {
		this.counter.reset();
		this.mvc
			.perform(post("/api/plans/" + plan + "/cycles").with(user(this.accounts.loadUserByUsername("office")))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"year\": " + year + ", \"deadline\": \"2099-03-31T17:00:00\"}"))
			.andExpect(status().isCreated());
		return this.counter.count();
	}

	private void assertSameCount(String path, String username) throws Exception {
		int small = count(path.formatted(this.seed), username);
		int big = count(path.formatted(this.large), username);
		// the counter sees the page's reads at all
		assertThat(small).as("statements for %s", path).isPositive();
		assertThat(big)
			.as("statements for %s on a plan of %d tasks against one of 146 (%d); most prepared:%n%s", path,
					146 * COPIES, small, this.counter.mostPrepared())
			.isEqualTo(small);
	}

	private int count(String path, String username) throws Exception {
		MockHttpServletRequestBuilder request = get(path).with(user(this.accounts.loadUserByUsername(username)));
		this.counter.reset();
		this.mvc.perform(request).andExpect(status().isOk());
		return this.counter.count();
	}

	private long organisation(String name) {
		return this.directory.resolve(name).orElseThrow().id();
	}

	/**
	 * A plan with the seed's chapters and sections and its tasks written the number of
	 * times given in each, with the same assignments: inserted in batches.
	 */
	private long copy(long from, int times) {
		OffsetDateTime now = OffsetDateTime.now();
		long plan = insert(this.jdbc.sql("""
				insert into plan (title, compared_title, start_year, end_year, issuer, created_at)
				values ('大计划', '大计划', 2011, 2015, '某省人民政府', :at)
				""").param("at", now));
		Map<Long, Long> chapters = new HashMap<>();
		this.jdbc.sql("select id, number, label, title from chapter where plan_id = :p order by number")
			.param("p", from)
			.query((rs, i) -> new Object[] { rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4) })
			.list()
			.forEach((c) -> chapters.put((Long) c[0],
					insert(this.jdbc.sql("insert into chapter (plan_id, number, label, title) values (:p, :n, :l, :t)")
						.param("p", plan)
						.param("n", c[1])
						.param("l", c[2])
						.param("t", c[3]))));
		Map<Long, Long> sections = new HashMap<>();
		this.jdbc
			.sql("""
					select s.id, s.chapter_id, s.number, s.label, s.title from section s join chapter c on c.id = s.chapter_id
					where c.plan_id = :p""")
			.param("p", from)
			.query((rs,
					i) -> new Object[] { rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getString(4), rs.getString(5) })
			.list()
			.forEach((s) -> sections.put((Long) s[0],
					insert(this.jdbc
						.sql("insert into section (chapter_id, number, label, title) values (:c, :n, :l, :t)")
						.param("c", chapters.get((Long) s[1]))
						.param("n", s[2])
						.param("l", s[3])
						.param("t", s[4]))));
		record Task(long id, long chapter, Long section, String code, int position, String text, String compared,
				String mode, long notice) {
		}
		List<Task> tasks = this.jdbc.sql("""
				select id, chapter_id, section_id, code, position, text, compared_text, mode, notice_id from task
				where plan_id = :p and removed = false order by position""")
			.param("p", from)
			.query((rs, i) -> new Task(rs.getLong(1), rs.getLong(2), (Long) rs.getObject(3), rs.getString(4),
					rs.getInt(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getLong(9)))
			.list();
		int perCopy = tasks.stream().mapToInt(Task::position).max().orElse(0) + 1;
		for (int copy = 0; copy < times; copy++) {
			List<Object[]> rows = new ArrayList<>();
			for (Task t : tasks) {
				rows.add(new Object[] { plan, chapters.get(t.chapter()),
						(t.section() == null) ? null : sections.get(t.section()), t.code(),
						copy * perCopy + t.position(), t.text(), t.compared(), t.mode(), t.notice(), now });
			}
			this.template.batchUpdate(
					"""
							insert into task (plan_id, chapter_id, section_id, code, position, text, compared_text, mode, notice_id,
							                  created_at)
							values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
					rows);
		}
		// each copy's task takes the assignments of the task it copies
		this.template.update("""
				insert into assignment (task_id, organisation_id, written_name, role, position)
				select n.id, a.organisation_id, a.written_name, a.role, a.position
				from task n join task o on o.plan_id = ? and o.code = n.code and o.removed = false
				join assignment a on a.task_id = o.id and a.ended_at is null
				where n.plan_id = ?""", from, plan);
		return plan;
	}

	private static long insert(JdbcClient.StatementSpec statement) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		statement.update(key, "id");
		return key.getKeyAs(Number.class).longValue();
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Counting {

		@Bean
		static StatementCounter statementCounter() {
			return new StatementCounter();
		}

	}

}
