package org.luoshi.reporting;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.luoshi.organisation.OrganisationDirectory;
import org.luoshi.plan.PlanRegister;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.luoshi.reporting.ReportingFixtures.as;
import static org.luoshi.reporting.ReportingFixtures.office;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The demo data write the seed plan's first year (2011) as it would have happened,
 * through the real services and marked as illustrative (示例数据): every organisation
 * reported, with entries of every status, was approved, received and accepted — three
 * late, one never — and the demo reporter of 省农委 was returned once. The second year
 * (2012) is open, due on a 31 March still ahead, for the demo reporter to write its 27
 * tasks.
 */
@SpringBootTest(properties = { "luoshi.demo.enabled=true", "luoshi.demo.cycle=true" })
@AutoConfigureMockMvc
class DemoCycleTests {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	@Autowired
	Cycles cycles;

	@Autowired
	Reports reports;

	@Autowired
	CycleProgress progress;

	@Autowired
	PlanRegister register;

	@Autowired
	OrganisationDirectory directory;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Test
	void theDemoWritesTheFirstYearAsItHappenedAndOpensTheSecondDueOnTheNext31MarchAhead() {
		long plan = ReportingFixtures.seedPlan(this.register);
		List<CycleView> opened = as(office(), () -> this.cycles.ofPlan(plan));
		Map<Integer, CycleView> byYear = opened.stream()
			.collect(Collectors.toMap(CycleView::year, Function.identity()));
		assertThat(byYear).containsOnlyKeys(2011, 2012);
		CycleView past = byYear.get(2011);
		assertThat(past.illustrative()).isTrue();
		assertThat(past.deadline().atZoneSameInstant(SHANGHAI).toLocalDate()).hasToString("2012-03-31");
		assertThat(past.openedAt().atZoneSameInstant(SHANGHAI).toLocalDate()).hasToString("2012-01-10");
		CycleView open = byYear.get(2012);
		assertThat(open.illustrative()).isFalse();
		assertThat(open.deadline()).isAfter(OffsetDateTime.now());
		assertThat(open.deadline()).isBefore(OffsetDateTime.now().plusYears(1));
		assertThat(open.deadline().getMonthValue()).isEqualTo(3);
		assertThat(open.deadline().getDayOfMonth()).isEqualTo(31);

		List<Timeliness> timeliness = as(office(), () -> this.progress.timeliness(past.id()));
		Map<TimelinessStatus, Long> counted = timeliness.stream()
			.collect(Collectors.groupingBy(Timeliness::status, Collectors.counting()));
		assertThat(counted).containsEntry(TimelinessStatus.MISSING, 1L).containsEntry(TimelinessStatus.LATE, 3L);
		assertThat(counted.get(TimelinessStatus.ON_TIME)).isEqualTo(past.organisations() - 4L);
		assertThat(timeliness).filteredOn((t) -> t.status() == TimelinessStatus.LATE)
			.allSatisfy((t) -> assertThat(t.daysLate()).isBetween(1, 20));

		long nongwei = ReportingFixtures.organisation(this.directory, "省农委");
		List<ReportSummary> mine = as(ReportingFixtures.reporter("nongwei", nongwei), () -> this.reports.mine());
		assertThat(mine).extracting(ReportSummary::year).containsExactly(2012, 2011);
		assertThat(mine.get(0).entries()).isEqualTo(27);
		assertThat(mine.get(0).state()).isEqualTo(ReportState.DRAFT);
		assertThat(mine.get(0).illustrative()).isFalse();
		ReportSummary written = mine.get(1);
		assertThat(written.state()).isEqualTo(ReportState.ACCEPTED);
		assertThat(written.illustrative()).isTrue();
		ReportView report = as(ReportingFixtures.reporter("nongwei", nongwei), () -> this.reports.get(written.id()));
		assertThat(report.entries()).extracting(EntryView::status)
			.contains(EntryStatus.COMPLETED, EntryStatus.IN_PROGRESS, EntryStatus.LAGGING, EntryStatus.BLOCKED);
		assertThat(report.entries()).allSatisfy((e) -> assertThat(e.done()).isNotBlank());
		// returned once by its approver and sent again with the data sources asked for
		List<VersionInfo> versions = as(office(), () -> this.reports.versions(written.id()));
		assertThat(versions).hasSize(2);
		assertThat(as(office(), () -> this.reports.transitions(written.id()))).extracting(Transition::actor)
			.contains("nongwei", "nongwei-approver", "office");
	}

	@Test
	void thePagesOfTheWrittenYearSayItIsIllustrativeAndTheOpenYearDoesNot() throws Exception {
		long nongwei = ReportingFixtures.organisation(this.directory, "省农委");
		List<ReportSummary> mine = as(ReportingFixtures.reporter("nongwei", nongwei), () -> this.reports.mine());
		this.mvc.perform(get("/reports/{id}", mine.get(1).id()).with(user(this.accounts.loadUserByUsername("nongwei"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"illustrative\"")));
		this.mvc.perform(get("/reports/{id}", mine.get(0).id()).with(user(this.accounts.loadUserByUsername("nongwei"))))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"illustrative\""))));
		this.mvc.perform(get("/cycles").with(user(this.accounts.loadUserByUsername("office"))))
			.andExpect(content().string(allOf(containsString("id=\"illustrative\""), containsString("示例数据"))));
	}

}
