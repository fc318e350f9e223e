package org.luoshi.web;

import java.util.List;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.luoshi.plan.PlanCatalogue;
import org.luoshi.plan.PlanOverview;
import org.luoshi.plan.PlanOverviewFixtures;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesRegex;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.stringContainsInOrder;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@WebMvcTest(HomeController.class)
@WithMockUser
@Import(HomeControllerTests.FakePlanCatalogue.class)
class HomeControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	FakePlanCatalogue catalogue;

	@BeforeEach
	void noPlanImported() {
		this.catalogue.plans = List.of();
	}

	@Test
	void listsEachChapterWithItsSectionAndTaskCountsAndTheTotals() throws Exception {
		this.catalogue.plans = List.of(PlanOverviewFixtures.jilinTwelfthFiveYearPlan());
		this.mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(view().name("home"))
			.andExpect(content().string(containsString("吉林省国民经济和社会发展第十二个五年规划纲要")))
			.andExpect(content().string(containsString("2011–2015")))
			.andExpect(content().string(stringContainsInOrder("吉林省人民政府", "2011-12-27")))
			.andExpect(content().string(stringContainsInOrder("约束性指标", ">0<", ">12<")))
			.andExpect(content().string(stringContainsInOrder("实现服务业跨越式发展", ">4<", ">21<")))
			.andExpect(content().string(stringContainsInOrder("实现发展宏伟蓝图", ">2<", ">2<")))
			.andExpect(content().string(stringContainsInOrder("合计（13 个部分）", ">53<", ">146<")))
			.andExpect(content().string(not(containsString("尚未导入规划"))));
	}

	@Test
	void showsADashWhereTheNoticeDidNotStateThePeriodOrIssuer() throws Exception {
		this.catalogue.plans = List.of(PlanOverviewFixtures.planWithoutPeriodOrIssuer());
		this.mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(content().string(stringContainsInOrder("规划期", "—", "发布机关", "—", "发布日期", "—")));
	}

	@Test
	void saysSoWhenNoPlanIsImported() throws Exception {
		this.mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("尚未导入规划")))
			.andExpect(content().string(not(containsString("<table"))));
	}

	@Test
	void speaksChineseUnlessAskedOtherwise() throws Exception {
		this.mvc.perform(get("/"))
			.andExpect(content().string(containsString("lang=\"zh-CN\"")))
			.andExpect(content().string(containsString("已导入的规划")));
	}

	@Test
	void switchesToEnglishAndRemembersIt() throws Exception {
		this.catalogue.plans = List.of(PlanOverviewFixtures.jilinTwelfthFiveYearPlan());
		this.mvc.perform(get("/").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("lang=\"en\"")))
			.andExpect(content().string(containsString("Imported plans")))
			.andExpect(content().string(stringContainsInOrder("Total (13 chapters)", ">53<", ">146<")))
			.andExpect(content().string(not(containsString("已导入的规划"))))
			.andExpect(cookie().value(LocaleConfiguration.COOKIE, "en"));
		this.mvc.perform(get("/").cookie(new Cookie(LocaleConfiguration.COOKIE, "en")))
			.andExpect(content().string(containsString("Imported plans")));
	}

	@Test
	void loadsHtmxAndEchartsFromWebjarsWithTheirVersionInTheLink() throws Exception {
		// the layout names webjars without a version; links are rendered with it for
		// caching
		this.mvc.perform(get("/"))
			.andExpect(content().string(matchesRegex("(?s).*/webjars/htmx\\.org/[\\d.]+/dist/htmx\\.min\\.js.*")))
			.andExpect(content().string(matchesRegex("(?s).*/webjars/echarts/[\\d.]+/dist/echarts\\.min\\.js.*")))
			.andExpect(content().string(containsString("/css/luoshi.css")));
	}

	/** Stands in for the plan store, which this slice does not load. */
	static class FakePlanCatalogue implements PlanCatalogue {

		List<PlanOverview> plans = List.of();

		@Override
		public List<PlanOverview> plans() {
			return this.plans;
		}

		@Override
		public java.util.Optional<PlanOverview> plan(long planId) {
			return this.plans.stream().filter((p) -> p.id() == planId).findFirst();
		}

	}

}
