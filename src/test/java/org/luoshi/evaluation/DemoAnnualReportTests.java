package org.luoshi.evaluation;

import org.junit.jupiter.api.Test;
import org.luoshi.plan.PlanRegister;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The demo start publishes the seed plan's 2011 annual report, written from the demo's
 * cycle and figures, frozen and published, marked illustrative where the portal shows it;
 * starting again adds nothing.
 */
@SpringBootTest(properties = { "luoshi.demo.enabled=true", "luoshi.demo.cycle=true", "luoshi.demo.figures=true",
		"luoshi.demo.report=true" })
@AutoConfigureMockMvc
class DemoAnnualReportTests {

	@Autowired
	PublishedReports published;

	@Autowired
	PlanRegister plans;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Test
	void theDemoStartPublishesTheFirstYearsReportMarkedIllustrative() throws Exception {
		AnnualReportView report = this.published.latest().orElseThrow();
		assertThat(report.summary().planId()).isEqualTo(this.plans.plans().get(0).id());
		assertThat(report.summary().year()).isEqualTo(2011);
		assertThat(report.summary().state()).isEqualTo(AnnualReportState.PUBLISHED);
		assertThat(report.model().illustrative()).isTrue();
		assertThat(report.narrative().overall()).isNotBlank();
		// the demo's figures and reports are in it: binding indicators judged, tasks
		// reported
		assertThat(report.model().binding()).anySatisfy((r) -> assertThat(r.figure()).isNotNull());
		assertThat(report.model().headline().tasks().notReported())
			.isLessThan(report.model().headline().tasks().total());
		this.mvc.perform(get("/portal"))
			.andExpect(status().isOk())
			.andExpect(content().string(
					allOf(containsString("id=\"illustrative\""), containsString("/portal/reports/" + report.id()))));
		this.mvc.perform(get("/portal/reports/" + report.id()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"illustrative\""), containsString("2011"))));
	}

	@Test
	void theMidtermReportPageStatesTheRuleAndOffersItsDownloadsToLeaders() throws Exception {
		long plan = this.plans.plans().get(0).id();
		this.mvc.perform(get("/plans/{p}/midterm", plan).with(user(this.accounts.loadUserByUsername("leader"))))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("中期评估报告"), containsString("判断规则"), containsString("单位地区生产总值能源消耗"),
						containsString("/plans/" + plan + "/midterm.docx"), containsString("id=\"illustrative\""))));
		this.mvc.perform(get("/plans/{p}/midterm.docx", plan).with(user(this.accounts.loadUserByUsername("office"))))
			.andExpect(status().isOk())
			.andExpect(
					content().contentType("application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
		this.mvc.perform(get("/plans/{p}/midterm", plan).with(user(this.accounts.loadUserByUsername("nongwei"))))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/evaluation").with(user(this.accounts.loadUserByUsername("office"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/plans/" + plan + "/midterm")));
	}

	@Test
	void startingAgainPublishesNothingMore() throws Exception {
		long before = count();
		ApplicationRunner runner = (ApplicationRunner) this.context.getBean("demoAnnualReport");
		runner.run(new DefaultApplicationArguments());
		assertThat(count()).isEqualTo(before).isPositive();
		assertThat(this.published.reports(0, 10).items()).hasSize(1);
	}

	private long count() {
		return this.jdbc.sql("select count(*) from annual_report").query(Long.class).single();
	}

}
