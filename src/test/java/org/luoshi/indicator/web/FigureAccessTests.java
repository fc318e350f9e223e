package org.luoshi.indicator.web;

import org.junit.jupiter.api.Test;
import org.luoshi.indicator.AnsweringOrganisation;
import org.luoshi.indicator.IndicatorSummary;
import org.luoshi.indicator.IndicatorFigures;
import org.luoshi.indicator.Indicators;
import org.luoshi.organisation.OrganisationDirectory;
import org.luoshi.plan.PlanRegister;
import org.luoshi.security.SecurityFixtures;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who may change an indicator's figures, on the pages and the API: the office every
 * indicator; a reporter those its organisation answers for; leaders, approvers and other
 * organisations' reporters nothing — refused by the server, not just hidden.
 */
@SpringBootTest(properties = "luoshi.demo.enabled=true")
@AutoConfigureMockMvc
class FigureAccessTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	PlanRegister plans;

	@Autowired
	Indicators indicators;

	@Autowired
	IndicatorFigures values;

	@Autowired
	OrganisationDirectory directory;

	@Test
	@DirtiesContext
	void onlyTheOfficeAndTheAnsweringOrganisationsReportersEnterAFigure() throws Exception {
		IndicatorSummary forest = forest();
		long forestry = forest.organisations().get(0).id();
		long agriculture = this.directory.resolve("省农委").orElseThrow().id();
		assertThat(forest.organisations()).extracting(AnsweringOrganisation::id).doesNotContain(agriculture);
		String figure = "{\"year\": 2011, \"value\": \"43.3\"}";

		for (String refused : new String[] { "nongwei", "nongwei-approver", "leader" }) {
			this.mvc
				.perform(post("/api/indicators/{id}/values", forest.id()).with(demo(refused))
					.contentType(MediaType.APPLICATION_JSON)
					.content(figure))
				.andExpect(status().isForbidden());
			this.mvc
				.perform(post("/plans/{p}/indicators/{i}/values", planId(), forest.id()).with(demo(refused))
					.with(csrf())
					.param("year", "2011")
					.param("value", "43.3"))
				.andExpect(status().isForbidden());
		}
		assertThat(this.values.figures(forest.id())).isEmpty();

		this.mvc
			.perform(post("/api/indicators/{id}/values", forest.id())
				.with(SecurityFixtures.signedInAs(SecurityFixtures.reporterOf(forestry)))
				.contentType(MediaType.APPLICATION_JSON)
				.content(figure))
			.andExpect(status().isCreated());
		this.mvc
			.perform(post("/plans/{p}/indicators/{i}/values", planId(), forest.id()).with(demo("office"))
				.with(csrf())
				.param("year", "2012")
				.param("value", "43.6"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.values.figures(forest.id())).hasSize(2);
	}

	@Test
	void baselinesThresholdsAndFilesOfFiguresAreTheOfficesAlone() throws Exception {
		IndicatorSummary forest = forest();
		RequestPostProcessor forestryReporter = SecurityFixtures
			.signedInAs(SecurityFixtures.reporterOf(forest.organisations().get(0).id()));
		this.mvc
			.perform(patch("/api/indicators/{id}", forest.id()).with(forestryReporter)
				.header("If-Match", "\"" + forest.version() + "\"")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"baselineYear\": 2010, \"baselineValue\": \"42.5\"}"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(put("/api/plans/{id}/indicator-thresholds", planId()).with(forestryReporter)
				.header("If-Match", "0")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"onTrackPoints\": 5, \"atRiskPoints\": 15}"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/plans/{p}/indicators/{i}/baseline", planId(), forest.id()).with(forestryReporter)
				.with(csrf())
				.param("version", String.valueOf(forest.version()))
				.param("baselineYear", "2010")
				.param("baselineValue", "42.5"))
			.andExpect(status().isForbidden());
		assertThat(this.indicators.get(forest.id()).indicator().baselineValue()).isNull();
	}

	@Test
	void theDashboardOffersOnlyTheFormsTheReaderMayUse() throws Exception {
		IndicatorSummary forest = forest();
		this.mvc
			.perform(get("/plans/{p}/indicators", planId()).param("indicator", String.valueOf(forest.id()))
				.with(demo("office")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"value-form\""),
					containsString("id=\"baseline-form\""), containsString("name=\"file\""))));
		this.mvc
			.perform(get("/plans/{p}/indicators", planId()).param("indicator", String.valueOf(forest.id()))
				.with(demo("leader")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("森林覆盖率"), not(containsString("id=\"value-form\"")),
					not(containsString("id=\"baseline-form\"")), not(containsString("name=\"file\"")))));
		this.mvc
			.perform(get("/plans/{p}/indicators", planId()).param("indicator", String.valueOf(forest.id()))
				.with(SecurityFixtures.signedInAs(SecurityFixtures.reporterOf(forest.organisations().get(0).id()))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"value-form\""),
					not(containsString("id=\"baseline-form\"")), not(containsString("name=\"file\"")))));
	}

	/**
	 * Every report open, so that only who may enter figures is tested here; when a
	 * reporter may enter them is tested by {@code reporting.FigureWindowTests}.
	 */
	@org.springframework.boot.test.context.TestConfiguration
	static class ReportsOpen {

		@org.springframework.context.annotation.Bean
		@org.springframework.context.annotation.Primary
		org.luoshi.indicator.ReportingWindow everyReportOpen() {
			return (plan, year, organisation) -> true;
		}

	}

	private IndicatorSummary forest() {
		IndicatorSummary forest = this.indicators.ofPlan(planId())
			.stream()
			.filter((i) -> i.name().equals("森林覆盖率"))
			.findFirst()
			.orElseThrow();
		assertThat(forest.organisations()).isNotEmpty();
		return forest;
	}

	private long planId() {
		return this.plans.plans().get(0).id();
	}

	private RequestPostProcessor demo(String username) {
		return user(this.accounts.loadUserByUsername(username));
	}

}
