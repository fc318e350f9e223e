package org.luoshi.indicator.web;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.luoshi.indicator.Indicators;
import org.luoshi.indicator.SeedIndicators;
import org.luoshi.plan.PlanRegister;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Decompositions through the API: drafting, city targets with versions, and problems for
 * illegal steps (409), missing or short city targets (422), stale versions (412) and
 * steps that are not the user's (403). Signed in as the demo office user unless a request
 * says otherwise.
 */
@WithUserDetails("office")
@SpringBootTest(properties = "luoshi.demo.enabled=true")
@AutoConfigureMockMvc
@Transactional
class DecompositionApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	PlanRegister plans;

	@Autowired
	Indicators indicators;

	@Autowired
	UserDetailsService accounts;

	@Test
	void aDecompositionRefusesIllegalStepsWith409AndAShortfallWith422() throws Exception {
		long land = id("耕地保有量");
		String created = this.mvc.perform(post("/api/indicators/{id}/decompositions", land))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.state").value("draft"))
			.andExpect(jsonPath("$.shares", hasSize(9)))
			.andExpect(jsonPath("$.check.method").value("sum"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = Long.parseLong(created.replaceAll("(?s)^\\{\"id\":(\\d+).*", "$1"));
		this.mvc.perform(post("/api/decompositions/{id}/approve", id))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.refusal").value("DecompositionNotApprovable"))
			.andExpect(jsonPath("$.detail", containsString("草拟中")));
		this.mvc.perform(post("/api/decompositions/{id}/submit", id))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.refusal").value("CityTargetsMissing"));
		String firstCity = created.replaceAll("(?s).*\"shares\":\\[\\{\"organisationId\":(\\d+).*", "$1");
		this.mvc
			.perform(put("/api/decompositions/{id}/shares", id).header("If-Match", "\"0\"")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"shares\": [{\"organisationId\": " + firstCity + ", \"target\": 500}]}"))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"1\""));
		this.mvc
			.perform(put("/api/decompositions/{id}/shares", id).header("If-Match", "\"0\"")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"shares\": [{\"organisationId\": " + firstCity + ", \"target\": 501}]}"))
			.andExpect(status().isPreconditionFailed());
		this.mvc
			.perform(put("/api/decompositions/{id}/shares", id).header("If-Match", "\"1\"")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"shares\": [{\"organisationId\": " + firstCity + ", \"target\": -1}]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("shares[0].target"));
	}

	@Test
	void aSplitFallingShortIsRefusedWithTheShortfallAndAReturnedOneCarriesItsReason() throws Exception {
		String created = this.mvc.perform(post("/api/indicators/{id}/decompositions", id("耕地保有量")))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = ((Number) JsonPath.read(created, "$.id")).longValue();
		List<Integer> cities = JsonPath.read(created, "$.shares[*].organisationId");
		String[] land = { "128.6", "84.3", "98.1", "22.4", "27.5", "10.3", "91.7", "64.9", "24.2" };
		this.mvc
			.perform(put("/api/decompositions/{id}/shares", id).header("If-Match", "\"0\"")
				.contentType(MediaType.APPLICATION_JSON)
				.content(shares(cities, land)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.check.combined").value(552))
			.andExpect(jsonPath("$.check.passes").value(false));
		this.mvc.perform(post("/api/decompositions/{id}/submit", id))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.refusal").value("ShortfallRefused"))
			.andExpect(jsonPath("$.detail", containsString("少 1 万公顷")))
			.andExpect(jsonPath("$.check.shortfall").value(1));
		land[8] = "25.2";
		this.mvc
			.perform(put("/api/decompositions/{id}/shares", id).header("If-Match", "\"1\"")
				.contentType(MediaType.APPLICATION_JSON)
				.content(shares(cities, land)))
			.andExpect(status().isOk());
		this.mvc.perform(post("/api/decompositions/{id}/submit", id))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("submitted"));
		this.mvc
			.perform(post("/api/decompositions/{id}/return", id).contentType(MediaType.APPLICATION_JSON)
				.content("{\"reason\": \"\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.refusal").value("ReturnReasonRequired"));
		this.mvc
			.perform(post("/api/decompositions/{id}/return", id).contentType(MediaType.APPLICATION_JSON)
				.content("{\"reason\": \"白山市目标与国家下达数不一致\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("returned"))
			.andExpect(jsonPath("$.returnedReason").value("白山市目标与国家下达数不一致"))
			.andExpect(jsonPath("$.steps", hasSize(3)));
		this.mvc.perform(get("/api/indicators/{id}/roll-up", id("耕地保有量")).param("year", "2013"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.refusal").value("NoIssuedDecomposition"));
	}

	@Test
	void onlyTheLeadOrganisationOrTheOfficeDraftsAndOnlyTheOfficeReviews() throws Exception {
		long land = id("耕地保有量");
		// 省农委 answers for other indicators, not for the land under cultivation
		this.mvc.perform(post("/api/indicators/{id}/decompositions", land).with(as("nongwei")))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.status").value(403));
		String created = this.mvc.perform(post("/api/indicators/{id}/decompositions", land))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = ((Number) JsonPath.read(created, "$.id")).longValue();
		List<Integer> cities = JsonPath.read(created, "$.shares[*].organisationId");
		String[] land553 = { "128.6", "84.3", "98.1", "22.4", "27.5", "10.3", "91.7", "64.9", "25.2" };
		this.mvc
			.perform(put("/api/decompositions/{id}/shares", id).header("If-Match", "\"0\"")
				.contentType(MediaType.APPLICATION_JSON)
				.content(shares(cities, land553))
				.with(as("nongwei")))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(put("/api/decompositions/{id}/shares", id).header("If-Match", "\"0\"")
				.contentType(MediaType.APPLICATION_JSON)
				.content(shares(cities, land553)))
			.andExpect(status().isOk());
		this.mvc.perform(post("/api/decompositions/{id}/submit", id).with(as("nongwei")))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/api/decompositions/{id}/submit", id)).andExpect(status().isOk());
		this.mvc.perform(post("/api/decompositions/{id}/approve", id).with(as("nongwei-approver")))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/api/decompositions/{id}/approve", id).with(as("leader")))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/api/decompositions/{id}/approve", id))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("approved"));
		this.mvc.perform(post("/api/decompositions/{id}/issue", id).with(as("nongwei")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/decompositions/{id}", id).with(as("nongwei")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("approved"));
	}

	private RequestPostProcessor as(String username) {
		return user(this.accounts.loadUserByUsername(username));
	}

	private static String shares(List<Integer> cities, String[] targets) {
		StringBuilder json = new StringBuilder("{\"shares\": [");
		for (int i = 0; i < cities.size(); i++) {
			json.append((i > 0) ? ", " : "")
				.append("{\"organisationId\": ")
				.append(cities.get(i))
				.append(", \"target\": ")
				.append(targets[i])
				.append('}');
		}
		return json.append("]}").toString();
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
