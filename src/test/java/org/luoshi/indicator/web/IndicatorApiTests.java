package org.luoshi.indicator.web;

import org.junit.jupiter.api.Test;
import org.luoshi.indicator.Indicators;
import org.luoshi.indicator.SeedIndicators;
import org.luoshi.plan.PlanRegister;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The indicator API as a script uses it, on the application started with the seed plan:
 * the status list, completions and thresholds with versions (412 when stale, 428 without
 * If-Match).
 */
@WithUserDetails("office")
@SpringBootTest(properties = "luoshi.demo.enabled=true")
@AutoConfigureMockMvc
@Transactional
class IndicatorApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	PlanRegister plans;

	@Autowired
	Indicators indicators;

	@Test
	void listsTheSixteenBindingIndicatorsOfTheSeedPlanWithTheirStatus() throws Exception {
		this.mvc.perform(get("/api/plans/{id}/indicators", planId()).param("binding", "true"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(16)))
			.andExpect(jsonPath("$[0].name").value("耕地保有量"))
			.andExpect(jsonPath("$[0].kind").value("maintain"))
			.andExpect(jsonPath("$[0].toDecompose").value(true))
			.andExpect(jsonPath("$[0].assessment.status").value("no-data"));
		this.mvc.perform(get("/api/plans/{id}/indicators", 999_999)).andExpect(status().isNotFound());
	}

	@Test
	void aCompletionOnAStaleVersionIsRefusedWith412AndWithoutIfMatchWith428() throws Exception {
		long forest = id("森林覆盖率");
		String body = "{\"baselineYear\": 2010, \"baselineValue\": 43.0}";
		this.mvc
			.perform(patch("/api/indicators/{id}", forest).header("If-Match", "\"0\"")
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"1\""))
			.andExpect(jsonPath("$.indicator.baselineValue").value(43));
		this.mvc
			.perform(patch("/api/indicators/{id}", forest).header("If-Match", "\"0\"")
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isPreconditionFailed())
			.andExpect(header().string("Content-Type", MediaType.APPLICATION_PROBLEM_JSON_VALUE));
		this.mvc.perform(patch("/api/indicators/{id}", forest).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isPreconditionRequired());
	}

	@Test
	void thresholdsAreSetPerPlanWithVersions() throws Exception {
		long plan = planId();
		this.mvc.perform(get("/api/plans/{id}/indicator-thresholds", plan))
			.andExpect(jsonPath("$.onTrackPoints").value(5.0))
			.andExpect(jsonPath("$.atRiskPoints").value(15.0))
			.andExpect(header().string("ETag", "\"0\""));
		this.mvc
			.perform(put("/api/plans/{id}/indicator-thresholds", plan).header("If-Match", "0")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"onTrackPoints\": 5, \"atRiskPoints\": 20}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(1));
		this.mvc
			.perform(put("/api/plans/{id}/indicator-thresholds", plan).header("If-Match", "0")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"onTrackPoints\": 5, \"atRiskPoints\": 25}"))
			.andExpect(status().isPreconditionFailed());
		this.mvc
			.perform(put("/api/plans/{id}/indicator-thresholds", plan).header("If-Match", "1")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"onTrackPoints\": 20, \"atRiskPoints\": 10}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.refusal").value("ThresholdsOutOfOrder"));
	}

	private long planId() {
		return seed().planId();
	}

	private long id(String name) {
		return seed().id(name);
	}

	private SeedIndicators seed() {
		return new SeedIndicators(this.indicators, this.plans);
	}

}
