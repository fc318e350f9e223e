package org.luoshi.indicator.web;

import org.junit.jupiter.api.Test;
import org.luoshi.plan.PlanRegister;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The dashboard of the seed plan's binding indicators, in both languages. */
@WithUserDetails("office")
@SpringBootTest(properties = "luoshi.demo.enabled=true")
@AutoConfigureMockMvc
class IndicatorPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	PlanRegister plans;

	@Test
	void theDashboardListsTheBindingIndicatorsAndChartsTheFirst() throws Exception {
		this.mvc.perform(get("/plans/{id}/indicators", planId()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("约束性指标完成情况"), containsString("耕地保有量"),
					containsString("九年义务教育巩固率"), containsString("暂无数据"), containsString("id=\"trend\""),
					containsString("[2010,2011,2012,2013,2014,2015]"))));
	}

	@Test
	void theDashboardSpeaksEnglish() throws Exception {
		this.mvc.perform(get("/plans/{id}/indicators", planId()).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Binding indicators"), containsString("no data"))));
	}

	@Test
	@org.springframework.test.annotation.DirtiesContext
	void aFigureInWordsIsRefusedOnThePageWithTheReasonAndNothingIsStored() throws Exception {
		long forest = indicators.ofPlan(planId())
			.stream()
			.filter(i -> i.name().equals("森林覆盖率"))
			.findFirst()
			.orElseThrow()
			.id();
		this.mvc
			.perform(post("/plans/{p}/indicators/{i}/values", planId(), forest).param("year", "2011")
				.param("value", "约43")
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
					.csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("“约43”不是数字")));
		org.assertj.core.api.Assertions.assertThat(values.figures(forest)).isEmpty();
		this.mvc
			.perform(post("/plans/{p}/indicators/{i}/values", planId(), forest).param("year", "2011")
				.param("value", "43.3")
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
					.csrf()))
			.andExpect(status().is3xxRedirection());
		// a revision: the form comes back naming the version it revises
		this.mvc
			.perform(post("/plans/{p}/indicators/{i}/values", planId(), forest).param("year", "2011")
				.param("value", "43.4")
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
					.csrf()))
			.andExpect(status().isPreconditionRequired())
			.andExpect(content().string(containsString("2011 年已有数据（第 1 版）")))
			.andExpect(content().string(containsString("name=\"version\" value=\"1\"")));
		this.mvc
			.perform(post("/plans/{p}/indicators/{i}/values", planId(), forest).param("year", "2011")
				.param("value", "43.4")
				.param("version", "1")
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
					.csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("修订已有数据须填写修订原因")));
		org.assertj.core.api.Assertions.assertThat(values.figures(forest)).hasSize(1);
	}

	@Test
	@org.springframework.transaction.annotation.Transactional
	void anIntensityEnteredAsYearlyRatesShowsItsCumulativeReduction() throws Exception {
		long energy = indicators.ofPlan(planId())
			.stream()
			.filter(i -> i.name().equals("单位地区生产总值能源消耗"))
			.findFirst()
			.orElseThrow()
			.id();
		for (String[] figure : new String[][] { { "2011", "3.5" }, { "2012", "2.1" } }) {
			this.mvc
				.perform(post("/plans/{p}/indicators/{i}/values", planId(), energy).param("year", figure[0])
					.param("value", figure[1])
					.param("form", "yearly-rate")
					.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
						.csrf()))
				.andExpect(status().is3xxRedirection());
		}
		this.mvc.perform(get("/plans/{id}/indicators", planId()).param("indicator", String.valueOf(energy)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("累计下降 5.53%"), containsString("当年降低（增长）率"),
					containsString("进度滞后"), containsString("id=\"form\""), containsString("图中为自基期以来的累计变化"))));
	}

	@Autowired
	org.luoshi.indicator.Indicators indicators;

	@Autowired
	org.luoshi.indicator.IndicatorFigures values;

	private long planId() {
		return this.plans.plans().get(0).id();
	}

}
