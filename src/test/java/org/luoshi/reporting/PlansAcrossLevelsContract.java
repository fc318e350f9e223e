package org.luoshi.reporting;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.luoshi.organisation.NewOrganisation;
import org.luoshi.organisation.OrganisationDirectory;
import org.luoshi.organisation.OrganisationKind;
import org.luoshi.plan.ImportConfirmed;
import org.luoshi.plan.ImportPreview;
import org.luoshi.plan.LinkRefusal;
import org.luoshi.plan.NoticeImports;
import org.luoshi.plan.PlanOverview;
import org.luoshi.plan.PlanRegister;
import org.luoshi.plan.RegisterRefusal;
import org.luoshi.plan.TaskLinkView;
import org.luoshi.plan.TaskLinks;
import org.luoshi.security.Actor;
import org.luoshi.security.NotPermitted;
import org.luoshi.security.SecurityFixtures;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.luoshi.reporting.ReportingFixtures.as;
import static org.luoshi.reporting.ReportingFixtures.office;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Plans linked across levels on a real database: Tonghua's own division notice of its
 * 12th Five-Year Plan outline, imported under the seed plan (Jilin's), each city task
 * proposed the provincial task it carries down, confirmed by the city or the office; a
 * city department reports on its task and the provincial task's page shows where the task
 * went, with the city's lead and progress. Runs on H2 and on PostgreSQL (see the two
 * subclasses). The city plan and an unrelated county plan are imported once per database;
 * every test starts from empty reporting tables.
 */
@SpringBootTest(properties = "luoshi.demo.enabled=true")
@AutoConfigureMockMvc
@Import(ReportingTestConfiguration.class)
@DirtiesContext
abstract class PlansAcrossLevelsContract {

	static final String CITY_PLAN = "通化市国民经济和社会发展第十二个五年规划纲要";

	/**
	 * The provincial task each city task carries down, as a planner reading both notices
	 * would link them; the wine festival (6.0.2) is the city's own and carries none.
	 */
	static final Map<String, String> CARRIED_DOWN = carriedDown();

	/** The city's departments as its notice writes them (市…), entered as 通化市…. */
	static final List<String> CITY_DEPARTMENTS = List.of("市国土资源局", "市发展改革委", "市林业局", "市住房城乡建设局", "市农委", "市财政局", "市水利局",
			"市公安局", "市交通运输局", "市工业信息化局", "市环保局");

	@Autowired
	ReportingStage stage;

	@Autowired
	NoticeImports imports;

	@Autowired
	TaskLinks links;

	@Autowired
	PlanRegister register;

	@Autowired
	OrganisationDirectory directory;

	@Autowired
	Cycles cycles;

	@Autowired
	CycleProgress progress;

	@Autowired
	Reports reports;

	@Autowired
	ReportDrafts drafts;

	@Autowired
	ReportWorkflow workflow;

	@Autowired
	MockMvc mvc;

	@Autowired
	org.luoshi.indicator.Decompositions decompositions;

	@Autowired
	org.luoshi.indicator.IndicatorFigures figures;

	@Autowired
	JdbcClient jdbc;

	long seed;

	long city;

	long county;

	long tonghua;

	@BeforeEach
	void theCityPlanUnderTheSeedPlan() {
		this.seed = this.stage.afresh();
		this.tonghua = this.stage.organisation("通化市政府");
		this.city = planTitled(CITY_PLAN).orElseGet(this::importTheCityNotice);
		this.county = planTitled("某县国民经济和社会发展第十四个五年规划纲要").orElseGet(this::importAnUnrelatedNotice);
	}

	private java.util.Optional<Long> planTitled(String title) {
		return this.register.plans().stream().filter((p) -> p.title().equals(title)).map(PlanOverview::id).findFirst();
	}

	private long importTheCityNotice() {
		return importTheCityNotice(this.imports, this.directory, this.seed);
	}

	/**
	 * The office imports Tonghua's division notice under the plan given, entering the
	 * city's departments in the directory and mapping the names the notice writes
	 * (市交通运输局) to them.
	 */
	static long importTheCityNotice(NoticeImports imports, OrganisationDirectory directory, long seed) {
		return as(office(), () -> {
			ImportPreview preview = imports.upload(cityNotice(), "tonghua-division.txt", null, seed, "office");
			assertThat(preview.parentPlanId()).isEqualTo(seed);
			assertThat(preview.unknownNames()).containsExactlyInAnyOrderElementsOf(CITY_DEPARTMENTS);
			for (String written : CITY_DEPARTMENTS) {
				long id = directory
					.create(NewOrganisation.of("通化" + written, OrganisationKind.GOVERNMENT_DEPARTMENT, null,
							"通化" + written), "office")
					.id();
				imports.map(preview.importId(), written, id);
			}
			ImportConfirmed confirmed = imports.confirm(preview.importId(), "office");
			return confirmed.planId();
		});
	}

	private long importAnUnrelatedNotice() {
		byte[] notice = """
				各乡镇人民政府，县政府各部门：
				　　现将《某县国民经济和社会发展第十四个五年规划纲要》重点任务分工印发给你们。
				　　（一）推进数字政府建设。
				　　构建高效、安全、便捷的公路运输网。（省发展改革委牵头）
				　　二○二一年五月六日
				""".getBytes(StandardCharsets.UTF_8);
		return as(office(), () -> {
			ImportPreview preview = this.imports.upload(notice, "county.txt", "office");
			return this.imports.confirm(preview.importId(), "office").planId();
		});
	}

	@Test
	void theCityNoticeStandsUnderTheSeedPlanWithItsOwnPeriodIssuerAndLeads() {
		PlanOverview plan = this.register.plan(this.city);
		assertThat(plan.startYear()).isEqualTo(2011);
		assertThat(plan.endYear()).isEqualTo(2015);
		assertThat(plan.issuer()).isEqualTo("通化市人民政府");
		assertThat(plan.issuedOn()).hasToString("2012-03-15");
		assertThat(plan.taskCount()).isEqualTo(15);
		assertThat(this.links.parentOf(this.city)).isEqualTo(this.seed);
		assertThat(this.links.parentOf(this.seed)).isNull();
		assertThat(this.links.issuerOf(this.city)).as("通化市人民政府 is 通化市政府 in the directory").isEqualTo(this.tonghua);
		assertThat(this.register.task(task(this.city, "4.0.1")).summary().lead()).isEqualTo("通化市交通运输局");
	}

	@Test
	void eachCityTaskIsProposedTheProvincialTaskItCarriesDown() {
		Map<String, String> proposed = new LinkedHashMap<>();
		this.links.ofPlan(this.city)
			.stream()
			.filter((l) -> l.similarity() != null)
			.forEach((l) -> proposed.put(l.childCode(), l.parentCode()));
		assertThat(proposed).containsExactlyEntriesOf(CARRIED_DOWN);
		assertThat(this.links.ofPlan(this.city)).filteredOn((l) -> l.childCode().equals("6.0.2"))
			.allSatisfy((l) -> assertThat(l.similarity()).isNull());
		assertThat(this.links.ofPlan(this.city)).filteredOn((l) -> l.similarity() != null)
			.allSatisfy((l) -> assertThat(l.similarity()).isBetween(0.3, 1.0))
			.allSatisfy((l) -> assertThat(l.parentPlanId()).isEqualTo(this.seed));
		assertThat(this.jdbc.sql("select count(*) from audit_entry where action = 'plan.plan-placed' and subject = :s")
			.param("s", "plan:" + this.city)
			.query(Long.class)
			.single()).isPositive();
	}

	@Test
	void confirmedAndReportedTheProvincialTaskShowsTheCityTaskItsLeadAndItsProgress() throws Exception {
		long cityTask = task(this.city, "4.0.1");
		long provincialTask = task(this.seed, "7.1.1");
		TaskLinkView proposal = link(cityTask, provincialTask);
		// the city government's own approver confirms what its notice carries down
		Actor cityApprover = SecurityFixtures.approverOf(this.tonghua);
		TaskLinkView confirmed = as(cityApprover,
				() -> this.links.confirm(proposal.id(), proposal.version(), cityApprover.username()));
		assertThat(confirmed.status()).isEqualTo(TaskLinkView.CONFIRMED);
		assertThat(confirmed.decidedBy()).isEqualTo(cityApprover.username());
		assertThat(this.jdbc
			.sql("select count(*) from audit_entry where action = 'plan.task-link-confirmed' and "
					+ "subject = :s and actor = :a")
			.param("s", "task:" + cityTask)
			.param("a", cityApprover.username())
			.query(Long.class)
			.single()).isEqualTo(1);

		// the city's transport bureau reports on its task in the city's 2011 cycle
		long bureau = this.stage.organisation("通化市交通运输局");
		CycleView cycle = as(office(),
				() -> this.cycles.open(this.city, new CycleOpening(2011, null, List.of(bureau))));
		long report = this.stage.reportOf(cycle.id(), bureau);
		Actor reporter = SecurityFixtures.reporterOf(bureau);
		int version = as(reporter,
				() -> ReportingFixtures.fillEverything(this.drafts, this.reports.get(report), "通化至丹东高速公路通化段开工建设"));
		as(reporter, () -> this.workflow.submit(report, version, "cascade-1"));

		this.mvc.perform(get("/tasks/{id}/cascade", provincialTask).with(SecurityFixtures.signedInAs(office())))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString(CITY_PLAN), containsString(">4.0.1<"), containsString("加快通化至丹东高速公路建设"),
						containsString("通化市交通运输局"), containsString("已确认"), containsString("推进中"),
						containsString("通化至丹东高速公路通化段开工建设 4.0.1"), containsString("2011 年度，通化市交通运输局 报送（已报送）"))));
		this.mvc
			.perform(get("/tasks/{id}/cascade", provincialTask).param("lang", "en")
				.with(SecurityFixtures.signedInAs(office())))
			.andExpect(content().string(allOf(containsString("confirmed"), containsString("In progress"),
					containsString("2011, reported by 通化市交通运输局 (Submitted)"))));
		// another province department sees where the task went, not what the city
		// reported
		Actor other = SecurityFixtures.reporterOf(this.stage.organisation("省农委"));
		this.mvc.perform(get("/tasks/{id}/cascade", provincialTask).with(SecurityFixtures.signedInAs(other)))
			.andExpect(status().isOk())
			.andExpect(content().string(
					allOf(containsString("通化市交通运输局"), containsString("已报送进展，您无权查看"), not(containsString("通化段开工建设")))));
		// the same over the API
		this.mvc.perform(get("/api/tasks/{id}/cascade", provincialTask).with(SecurityFixtures.signedInAs(office())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].link.childCode").value("4.0.1"))
			.andExpect(jsonPath("$[0].link.leadName").value("通化市交通运输局"))
			.andExpect(jsonPath("$[0].progress.status").value("in-progress"));
		// the provincial task's page loads the cascade; the city task's page links back
		this.mvc.perform(get("/tasks/{id}", provincialTask).with(SecurityFixtures.signedInAs(office())))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("落实到下级"),
					containsString("hx-get=\"/tasks/" + provincialTask + "/cascade\""))));
		this.mvc.perform(get("/tasks/{id}", cityTask).with(SecurityFixtures.signedInAs(cityApprover)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("承接上级任务"),
					containsString("href=\"/tasks/" + provincialTask + "\""), containsString("构建高效、安全、便捷的公路运输网。"))));
	}

	@Test
	void theCityGoesThroughItsLinksOnOnePageAndTheImportPageOffersThePlanAbove() throws Exception {
		Actor cityApprover = SecurityFixtures.approverOf(this.tonghua);
		TaskLinkView land = link(task(this.city, "1.0.1"), task(this.seed, "1.0.1"));
		this.mvc.perform(get("/plans/{id}/links", this.city).with(SecurityFixtures.signedInAs(cityApprover)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("任务承接关系：" + CITY_PLAN),
					containsString("吉林省国民经济和社会发展第十二个五年规划纲要"), containsString("耕地保有量保持在553万公顷。"),
					containsString("/tasks/" + land.childTaskId() + "/links/" + land.id() + "/confirm"))));
		this.mvc
			.perform(post("/tasks/{id}/links/{link}/confirm", land.childTaskId(), land.id())
				.param("version", String.valueOf(land.version()))
				.param("back", "plan")
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
				.with(SecurityFixtures.signedInAs(cityApprover)))
			.andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
				.redirectedUrl("/plans/" + this.city + "/links"));
		assertThat(this.links.link(land.id()).status()).isEqualTo(TaskLinkView.CONFIRMED);
		// another province department reads the links and may not decide them
		Actor other = SecurityFixtures.reporterOf(this.stage.organisation("省农委"));
		this.mvc.perform(get("/plans/{id}/links", this.city).with(SecurityFixtures.signedInAs(other)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/links/" + land.id() + "/reject"))));
		this.mvc.perform(get("/plans/{id}", this.city).with(SecurityFixtures.signedInAs(office())))
			.andExpect(
					content().string(allOf(containsString("上级规划"), containsString("/plans/" + this.city + "/links"))));
		this.mvc.perform(get("/imports/new").with(SecurityFixtures.signedInAs(office())))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("name=\"parent\""),
					containsString("<option value=\"" + this.seed + "\">吉林省国民经济和社会发展第十二个五年规划纲要</option>"))));
	}

	@Test
	void theProvinceGoesUnderANationalPlanTheSameWay() throws Exception {
		long national = planTitled("国民经济和社会发展第十二个五年规划纲要").orElseGet(this::importTheNationalNotice);
		try {
			int proposed = as(office(), () -> this.links.placeUnder(this.seed, national, "office"));
			Map<String, String> proposals = new LinkedHashMap<>();
			this.links.ofPlan(this.seed).forEach((l) -> proposals.put(l.childCode(), l.parentCode()));
			// 1.0.5 (carbon dioxide) reads like the energy target: the office rejects it
			assertThat(proposals).containsExactly(Map.entry("1.0.1", "1.0.1"), Map.entry("1.0.4", "1.0.2"),
					Map.entry("1.0.5", "1.0.2"), Map.entry("7.1.1", "2.0.1"));
			assertThat(proposed).isEqualTo(4);
			TaskLinkView carbon = link(task(this.seed, "1.0.5"), task(national, "1.0.2"));
			as(office(), () -> this.links.reject(carbon.id(), carbon.version(), "office"));
			TaskLinkView roads = link(task(this.seed, "7.1.1"), task(national, "2.0.1"));
			as(office(), () -> this.links.confirm(roads.id(), roads.version(), "office"));
			// the national task's cascade shows the province's task and its lead
			this.mvc
				.perform(
						get("/tasks/{id}/cascade", task(national, "2.0.1")).with(SecurityFixtures.signedInAs(office())))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("吉林省国民经济和社会发展第十二个五年规划纲要"), containsString(">7.1.1<"),
						containsString("省交通运输厅"), containsString("已确认"))));
			// three levels: a city task carries down the province's, not the nation's
			assertThatExceptionOfType(LinkRefusal.UnrelatedPlans.class).isThrownBy(() -> as(office(),
					() -> this.links.link(task(this.city, "4.0.1"), task(national, "2.0.1"), "office")));
			assertThatExceptionOfType(LinkRefusal.PlanCycle.class)
				.isThrownBy(() -> as(office(), () -> this.links.placeUnder(national, this.city, "office")));
		}
		finally {
			as(office(), () -> this.links.placeUnder(this.seed, null, "office"));
		}
		assertThat(this.links.ofPlan(this.seed)).isEmpty();
		assertThat(this.links.parentOf(this.city)).isEqualTo(this.seed);
	}

	private long importTheNationalNotice() {
		return as(office(), () -> {
			ImportPreview preview = this.imports.upload(resource("/notices/national-12th-fyp-division-notice.txt"),
					"national.txt", "office");
			for (String ministry : preview.unknownNames()) {
				long id = this.directory
					.create(NewOrganisation.of(ministry, OrganisationKind.CENTRAL_VERTICAL_AGENCY, null, null),
							"office")
					.id();
				this.imports.map(preview.importId(), ministry, id);
			}
			return this.imports.confirm(preview.importId(), "office").planId();
		});
	}

	@Test
	void theCityCorrectsAProposalByTheTaskNumberAbove() throws Exception {
		long wine = task(this.city, "6.0.2");
		Actor cityReporter = SecurityFixtures.reporterOf(this.tonghua);
		this.mvc
			.perform(post("/tasks/{id}/links", wine).param("parentCode", "9.9.9")
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
				.with(SecurityFixtures.signedInAs(cityReporter)))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(content().string(containsString("上级规划中没有编号为 9.9.9 的任务")));
		TaskLinkView linked = as(cityReporter, () -> this.links.linkByCode(wine, "3.3.1", "tonghua-reporter"));
		assertThat(linked.status()).isEqualTo(TaskLinkView.CONFIRMED);
		assertThat(linked.similarity()).isNull();
		assertThat(linked.parentCode()).isEqualTo("3.3.1");
		// linked again by hand to another task above, the first link is rejected
		TaskLinkView moved = as(office(), () -> this.links.linkByCode(wine, "3.4.1", "office"));
		assertThat(this.links.up(wine)).extracting(TaskLinkView::parentCode, TaskLinkView::status)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("3.4.1", TaskLinkView.CONFIRMED),
					org.assertj.core.groups.Tuple.tuple("3.3.1", TaskLinkView.REJECTED));
		assertThat(moved.decidedBy()).isEqualTo("office");
	}

	@Test
	void aLinkBetweenTasksOfUnrelatedPlansIsRefusedAndNothingKept() throws Exception {
		long cityTask = task(this.city, "4.0.1");
		long countyTask = task(this.county, "1.0.1");
		long before = linkCount();
		assertThatExceptionOfType(LinkRefusal.UnrelatedPlans.class)
			.isThrownBy(() -> as(office(), () -> this.links.link(cityTask, countyTask, "office")));
		// nor within one plan
		assertThatExceptionOfType(LinkRefusal.UnrelatedPlans.class)
			.isThrownBy(() -> as(office(), () -> this.links.link(cityTask, task(this.city, "4.0.2"), "office")));
		assertThat(linkCount()).isEqualTo(before);
		this.mvc
			.perform(post("/api/tasks/{id}/links", cityTask).contentType(MediaType.APPLICATION_JSON)
				.content("{\"parentTaskId\": " + countyTask + "}")
				.with(SecurityFixtures.signedInAs(office())))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.code").value("unrelated-plans"));
		assertThat(linkCount()).isEqualTo(before);
	}

	@Test
	void aCycleOfPlansOrLinksIsRefusedAndNothingKept() throws Exception {
		long before = linkCount();
		long imports = this.jdbc.sql("select count(*) from notice_import").query(Long.class).single();
		// the province under its own city, or the city under itself
		assertThatExceptionOfType(LinkRefusal.PlanCycle.class)
			.isThrownBy(() -> as(office(), () -> this.links.placeUnder(this.seed, this.city, "office")));
		assertThatExceptionOfType(LinkRefusal.PlanCycle.class)
			.isThrownBy(() -> as(office(), () -> this.links.placeUnder(this.city, this.city, "office")));
		// a revision of the province uploaded to go under the city
		assertThatExceptionOfType(LinkRefusal.PlanCycle.class).isThrownBy(() -> as(office(),
				() -> this.imports.upload(cityNotice(), "again.txt", this.seed, this.city, "office")));
		assertThatExceptionOfType(RegisterRefusal.PlanNotFound.class).isThrownBy(
				() -> as(office(), () -> this.imports.upload(cityNotice(), "nowhere.txt", null, 999_999L, "office")));
		// a provincial task carrying down a city task, or a task itself
		long provincialTask = task(this.seed, "7.1.1");
		long cityTask = task(this.city, "4.0.1");
		assertThatExceptionOfType(LinkRefusal.LinkCycle.class)
			.isThrownBy(() -> as(office(), () -> this.links.link(provincialTask, cityTask, "office")));
		assertThatExceptionOfType(LinkRefusal.LinkCycle.class)
			.isThrownBy(() -> as(office(), () -> this.links.link(cityTask, cityTask, "office")));
		assertThat(this.links.parentOf(this.seed)).isNull();
		assertThat(this.links.parentOf(this.city)).isEqualTo(this.seed);
		assertThat(linkCount()).isEqualTo(before);
		assertThat(this.jdbc.sql("select count(*) from notice_import").query(Long.class).single()).isEqualTo(imports);
		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.put("/api/plans/{id}/parent", this.seed)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"parentPlanId\": " + this.city + "}")
				.with(SecurityFixtures.signedInAs(office())))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.code").value("plan-cycle"));
		assertThat(this.links.parentOf(this.seed)).isNull();
	}

	@Test
	void anotherCitysUserMayNotDecideTheLinksAndNothingIsKept() throws Exception {
		TaskLinkView proposal = link(task(this.city, "2.1.2"), task(this.seed, "2.1.3"));
		assertThat(proposal.status()).isEqualTo(TaskLinkView.PROPOSED);
		Actor jilinCity = SecurityFixtures.approverOf(this.stage.organisation("吉林市政府"));
		assertThatExceptionOfType(LinkRefusal.NotYourPlan.class)
			.isThrownBy(() -> as(jilinCity, () -> this.links.confirm(proposal.id(), null, "jilin")));
		assertThatExceptionOfType(LinkRefusal.NotYourPlan.class)
			.isThrownBy(() -> as(jilinCity, () -> this.links.linkByCode(proposal.childTaskId(), "2.1.1", "jilin")));
		assertThatExceptionOfType(NotPermitted.class)
			.isThrownBy(() -> as(ReportingFixtures.leader(), () -> this.links.reject(proposal.id(), null, "leader")));
		this.mvc
			.perform(post("/api/task-links/{id}/confirm", proposal.id()).with(SecurityFixtures.signedInAs(jilinCity)))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("not-your-plan"));
		// a decision on a version someone else changed meanwhile is stale
		assertThatExceptionOfType(LinkRefusal.LinkStale.class)
			.isThrownBy(() -> as(office(), () -> this.links.confirm(proposal.id(), proposal.version() + 1, "office")));
		TaskLinkView after = this.links.link(proposal.id());
		assertThat(after.status()).isEqualTo(TaskLinkView.PROPOSED);
		assertThat(after.version()).isEqualTo(proposal.version());
		assertThat(after.decidedBy()).isNull();
		assertThat(this.links.up(proposal.childTaskId())).hasSize(1);
	}

	@Test
	void aCitysFiguresForADecomposedIndicatorAppearOnBothLevels() throws Exception {
		long provincial = indicator(this.seed, "耕地保有量");
		long own = indicator(this.city, "耕地保有量");
		// the province splits its cultivated land among the cities: Tonghua keeps 17.6
		long land = this.stage.organisation("省国土资源厅");
		Actor landReporter = SecurityFixtures.reporterOf(land);
		org.luoshi.indicator.Decomposition draft = as(landReporter, () -> this.decompositions.create(provincial));
		List<org.luoshi.indicator.ShareEntry> shares = draft.shares()
			.stream()
			.map((share) -> new org.luoshi.indicator.ShareEntry(share.organisationId(),
					new java.math.BigDecimal((share.organisationId() == this.tonghua) ? "17.6" : "67"), null))
			.toList();
		as(landReporter, () -> this.decompositions.updateShares(draft.id(), draft.version(), shares));
		as(landReporter, () -> this.decompositions.submit(draft.id()));
		as(office(), () -> this.decompositions.approve(draft.id()));
		as(office(), () -> this.decompositions.issue(draft.id()));
		// the city enters its own figure on its own plan
		as(office(), () -> this.figures.enter(own,
				new org.luoshi.indicator.FigureInput(null, 2011, "17.7", null, "通化统计年鉴2012", null)));

		this.mvc
			.perform(get("/plans/{plan}/indicators/{id}/decomposition", this.seed, provincial)
				.with(SecurityFixtures.signedInAs(office())))
			.andExpect(status().isOk())
			.andExpect(content().string(
					allOf(containsString("下级规划填报的数值"), containsString(CITY_PLAN), containsString("2011 年：17.7 万公顷"))));
		this.mvc
			.perform(get("/plans/{plan}/indicators", this.city).param("indicator", String.valueOf(own))
				.with(SecurityFixtures.signedInAs(office())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("上级规划《吉林省国民经济和社会发展第十二个五年规划纲要》分解下达本级的目标：17.6 万公顷")));
		this.mvc
			.perform(get("/plans/{plan}/indicators", this.city).param("indicator", String.valueOf(own))
				.param("lang", "en")
				.with(SecurityFixtures.signedInAs(office())))
			.andExpect(content()
				.string(containsString("Target assigned by the split of 吉林省国民经济和社会发展第十二个五年规划纲要: 17.6 万公顷")));
	}

	private long indicator(long plan, String name) {
		return this.jdbc.sql("select id from indicator where plan_id = :p and name = :n")
			.param("p", plan)
			.param("n", name)
			.query(Long.class)
			.single();
	}

	private TaskLinkView link(long childTask, long parentTask) {
		return this.links.up(childTask)
			.stream()
			.filter((l) -> l.parentTaskId() == parentTask)
			.findFirst()
			.orElseThrow(() -> new AssertionError("no link from " + childTask + " to " + parentTask));
	}

	private long task(long plan, String code) {
		return this.jdbc.sql("select id from task where plan_id = :p and code = :c and removed = false")
			.param("p", plan)
			.param("c", code)
			.query(Long.class)
			.single();
	}

	private long linkCount() {
		return this.jdbc.sql("select count(*) from task_link").query(Long.class).single();
	}

	static byte[] cityNotice() {
		return resource("/notices/tonghua-12th-fyp-division-notice.txt");
	}

	static byte[] resource(String name) {
		try (InputStream in = PlansAcrossLevelsContract.class.getResourceAsStream(name)) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Map<String, String> carriedDown() {
		Map<String, String> expected = new LinkedHashMap<>();
		expected.put("1.0.1", "1.0.1"); // 耕地保有量
		expected.put("1.0.2", "1.0.4"); // 单位地区生产总值能源消耗
		expected.put("1.0.3", "1.0.7"); // 森林覆盖率
		expected.put("1.0.4", "1.0.11"); // 保障性安居工程 5 年累计
		expected.put("2.1.1", "2.1.1"); // 农田水利、中低产田
		expected.put("2.1.2", "2.1.3"); // 旱田节水农业
		expected.put("2.1.3", "2.1.5"); // 园艺特产、棚膜蔬菜
		expected.put("3.0.1", "5.4.1"); // 通化（白山）－丹东经济带
		expected.put("3.0.2", "5.1.4"); // 城镇化体制机制创新
		expected.put("4.0.1", "7.1.1"); // 公路运输网
		expected.put("4.0.2", "7.3.1"); // 防洪抗旱减灾
		expected.put("5.0.1", "8.2.1"); // 节能
		expected.put("5.0.2", "8.1.1"); // 水污染防治
		expected.put("6.0.1", "10.5.1"); // 保障性安居工程、暖房子
		return expected;
	}

}
