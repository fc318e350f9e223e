package org.luoshi.indicator.web;

import org.junit.jupiter.api.Test;
import org.luoshi.plan.PlanRegister;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The dashboard of the seed plan's binding indicators, in both languages. */
@WithMockUser(username = "office", roles = "OFFICE")
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

	private long planId() {
		return this.plans.plans().get(0).id();
	}

}
