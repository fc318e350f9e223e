package org.luoshi.installation;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.luoshi.security.SecurityFixtures.leader;
import static org.luoshi.security.SecurityFixtures.office;
import static org.luoshi.security.SecurityFixtures.reporterOf;
import static org.luoshi.security.SecurityFixtures.signedInAs;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The pages show generated plans as they show imported ones: the plan overview with its
 * title, the matrix, an organisation's tasks, the indicators, the reporting cycle, a
 * reporter's own report and the API's page of tasks, on a small generated country.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SyntheticPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	SyntheticInstallation generator;

	@Autowired
	JdbcTemplate jdbc;

	long plan;

	String title;

	long lead;

	long report;

	long cycle;

	@BeforeAll
	void aGeneratedCountry() {
		this.generator.generate(new GenerationOptions(1, 20, 11, 1), (done, total) -> {
		});
		this.plan = this.jdbc.queryForObject("select min(id) from plan", Long.class);
		this.title = this.jdbc.queryForObject("select title from plan where id = ?", String.class, this.plan);
		this.lead = this.jdbc.queryForObject(
				"select a.organisation_id from assignment a join task t on t.id = a.task_id where t.plan_id = ?"
						+ " and t.position = 1 order by a.position limit 1",
				Long.class, this.plan);
		this.cycle = this.jdbc.queryForObject("select id from reporting_cycle where plan_id = ?", Long.class,
				this.plan);
		this.report = this.jdbc.queryForObject(
				"select id from progress_report where cycle_id = ? and organisation_id = ?", Long.class, this.cycle,
				this.lead);
	}

	@Test
	void theRegisterPagesShowTheGeneratedPlan() throws Exception {
		ok("/plans/" + this.plan, office()).andExpect(content().string(
				org.hamcrest.Matchers.containsString(org.springframework.web.util.HtmlUtils.htmlEscape(this.title))));
		ok("/plans/" + this.plan + "/matrix", leader());
		ok("/organisations/" + this.lead + "/tasks?plan=" + this.plan, office());
		ok("/api/plans/" + this.plan + "/tasks?size=20", office());
		ok("/plans/" + this.plan + "/indicators", leader());
	}

	@Test
	void theReportingPagesShowTheGeneratedCycle() throws Exception {
		ok("/cycles/" + this.cycle, office());
		ok("/reports/" + this.report, reporterOf(this.lead));
		ok("/reports", reporterOf(this.lead));
	}

	private org.springframework.test.web.servlet.ResultActions ok(String path, org.luoshi.security.Actor actor)
			throws Exception {
		RequestPostProcessor signedIn = signedInAs(actor);
		return this.mvc.perform(get(path).with(signedIn)).andExpect(status().isOk());
	}

}
