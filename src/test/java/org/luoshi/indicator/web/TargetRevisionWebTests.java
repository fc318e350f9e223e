package org.luoshi.indicator.web;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.luoshi.indicator.Indicators;
import org.luoshi.indicator.SeedIndicators;
import org.luoshi.plan.PlanRegister;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Revised targets and the mid-term outlook through the API and the pages: the office
 * proposes, a leader decides, anybody else is refused (403); the outlook states its rule.
 * Every test rolls back.
 */
@SpringBootTest(properties = "luoshi.demo.enabled=true")
@AutoConfigureMockMvc
@Transactional
class TargetRevisionWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	Indicators indicators;

	@Autowired
	PlanRegister plans;

	@Test
	void theOfficeProposesALeaderApprovesAndTheIndicatorKeepsBothTargets() throws Exception {
		long forest = id("森林覆盖率");
		String proposal = "{\"target\": 45, \"fromYear\": 2014, \"reason\": \"森林资源清查结果调整\"}";
		this.mvc
			.perform(post("/api/indicators/{id}/target-revisions", forest).with(as("nongwei"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(proposal))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.refusal").value("NotYourStep"));
		this.mvc
			.perform(post("/api/indicators/{id}/target-revisions", forest).with(as("leader"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(proposal))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/api/indicators/{id}/target-revisions", forest).with(as("office"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"target\": 45, \"fromYear\": 2014}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.refusal").value("RevisionReasonMissing"));
		String created = this.mvc
			.perform(post("/api/indicators/{id}/target-revisions", forest).with(as("office"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(proposal))
			.andExpect(status().isCreated())
			.andExpect(header().string("ETag", "\"0\""))
			.andExpect(jsonPath("$.state").value("proposed"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long revision = ((Number) JsonPath.read(created, "$.id")).longValue();
		this.mvc.perform(post("/api/target-revisions/{id}/approve", revision).with(as("office")))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(
					post("/api/target-revisions/{id}/approve", revision).with(as("leader")).header("If-Match", "\"7\""))
			.andExpect(status().isPreconditionFailed());
		this.mvc
			.perform(
					post("/api/target-revisions/{id}/approve", revision).with(as("leader")).header("If-Match", "\"0\""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("approved"))
			.andExpect(jsonPath("$.decidedBy").value("leader"));
		this.mvc.perform(get("/api/indicators/{id}", forest).with(as("nongwei")))
			.andExpect(jsonPath("$.indicator.target").value(44.2))
			.andExpect(jsonPath("$.indicator.currentTarget").value(45))
			.andExpect(jsonPath("$.targets", hasSize(2)))
			.andExpect(jsonPath("$.targets[1].fromYear").value(2014))
			.andExpect(jsonPath("$.targets[1].reason").value("森林资源清查结果调整"));
		this.mvc.perform(get("/api/indicators/{id}/targets", forest).with(as("nongwei")))
			.andExpect(jsonPath("$[0].target").value(44.2))
			.andExpect(jsonPath("$[1].target").value(45));
	}

	@Test
	void theDashboardOffersTheProposalToTheOfficeAndTheDecisionToALeader() throws Exception {
		long forest = id("森林覆盖率");
		this.mvc.perform(get(dashboard(forest)).with(as("office")))
			.andExpect(content().string(allOf(containsString("id=\"revision-form\""),
					not(containsString("id=\"approve-revision-form\"")))));
		this.mvc
			.perform(post("/plans/{p}/indicators/{i}/target-revisions", planId(), forest).with(as("office"))
				.with(csrf())
				.param("target", "45")
				.param("fromYear", "2014")
				.param("reason", ""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("调整目标须说明调整理由。")));
		this.mvc
			.perform(post("/plans/{p}/indicators/{i}/target-revisions", planId(), forest).with(as("office"))
				.with(csrf())
				.param("target", "45")
				.param("fromYear", "2014")
				.param("reason", "森林资源清查结果调整"))
			.andExpect(redirectedUrlPattern("/plans/*/indicators?indicator=*"));
		String page = this.mvc.perform(get(dashboard(forest)).with(as("leader")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		org.assertj.core.api.Assertions.assertThat(page)
			.contains("id=\"approve-revision-form\"", "待审批：自 2014 年起目标调整为 45 %", "森林资源清查结果调整")
			.doesNotContain("id=\"revision-form\"");
		this.mvc.perform(get(dashboard(forest)).with(as("nongwei")))
			.andExpect(content().string(not(containsString("id=\"approve-revision-form\""))));
	}

	@Test
	void theOutlookStatesItsRuleAndTheMidTermYearIsTheOfficesToSet() throws Exception {
		this.mvc.perform(get("/api/plans/{id}/indicator-outlook", planId()).with(as("leader")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.year").value(2013))
			.andExpect(jsonPath("$.midterm").value(true))
			.andExpect(jsonPath("$.rule.difficultyFactor").value(1.5))
			.andExpect(jsonPath("$.indicators", hasSize(19)))
			.andExpect(jsonPath("$.indicators[0].verdict").value("unknown"));
		this.mvc.perform(get("/plans/{id}/indicators/outlook", planId()).with(as("leader")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("中期展望（2013 年数据）"), containsString("不超过基期以来年均已实现进度 1.5 倍"),
					containsString("无法判断"), not(containsString("id=\"midterm-form\"")))));
		this.mvc
			.perform(put("/api/plans/{id}/midterm-year", planId()).with(as("office"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"year\": 2014}"))
			.andExpect(status().isPreconditionRequired());
		this.mvc
			.perform(put("/api/plans/{id}/midterm-year", planId()).with(as("leader"))
				.header("If-Match", "\"0\"")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"year\": 2014}"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/plans/{id}/midterm-year", planId()).with(as("office"))
				.with(csrf())
				.param("year", "2019")
				.param("version", "0"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("中期评估年份 2019 不在规划期（2011—2015 年）之内。")));
		this.mvc
			.perform(post("/plans/{id}/midterm-year", planId()).with(as("office"))
				.with(csrf())
				.param("year", "2014")
				.param("version", "0"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/api/plans/{id}/midterm-year", planId()).with(as("leader")))
			.andExpect(jsonPath("$.year").value(2014))
			.andExpect(header().string("ETag", "\"1\""));
	}

	private String dashboard(long indicatorId) {
		return "/plans/" + planId() + "/indicators?indicator=" + indicatorId;
	}

	private RequestPostProcessor as(String username) {
		return user(this.accounts.loadUserByUsername(username));
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
