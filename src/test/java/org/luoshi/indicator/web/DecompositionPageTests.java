package org.luoshi.indicator.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.luoshi.indicator.CityShare;
import org.luoshi.indicator.Decomposition;
import org.luoshi.indicator.DecompositionState;
import org.luoshi.indicator.DecompositionStep;
import org.luoshi.indicator.Decompositions;
import org.luoshi.indicator.Indicators;
import org.luoshi.indicator.SeedIndicators;
import org.luoshi.indicator.ShareEntry;
import org.luoshi.organisation.OrganisationDirectory;
import org.luoshi.plan.PlanRegister;
import org.luoshi.security.Actor;
import org.luoshi.security.CurrentActor;
import org.luoshi.security.NewUser;
import org.luoshi.security.Role;
import org.luoshi.security.Passwords;
import org.luoshi.security.UserView;
import org.luoshi.security.Users;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The decomposition page (指标分解) with the demo users' own sign-in and a reporter of
 * 省国土资源厅, the lead organisation of 耕地保有量: every role reads it and sees only its own
 * forms; the lead drafts, enters the nine city targets and submits, the office approves,
 * returns and issues, and anybody else is forbidden; a split short of 553 万公顷 shows the
 * shortfall and is refused on submission; a stale version or a figure in words is
 * answered in the page and changes nothing. Every test rolls back.
 */
@SpringBootTest(properties = "luoshi.demo.enabled=true")
@AutoConfigureMockMvc
@Transactional
class DecompositionPageTests {

	/** The nine cities' shares of 553 万公顷, in official order; they add up exactly. */
	static final String[] LAND = { "128.6", "84.3", "98.1", "22.4", "27.5", "10.3", "91.7", "64.9", "25.2" };

	/** The same with 长春 4.8 lower: 548.2 万公顷. */
	static final String[] SHORT = { "123.8", "84.3", "98.1", "22.4", "27.5", "10.3", "91.7", "64.9", "25.2" };

	static final String LEAD = "guotu";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	Users users;

	@Autowired
	Passwords passwords;

	@Autowired
	CurrentActor actors;

	@Autowired
	OrganisationDirectory directory;

	@Autowired
	Decompositions decompositions;

	@Autowired
	Indicators indicators;

	@Autowired
	PlanRegister plans;

	private Actor lead;

	@BeforeEach
	void aReporterOfTheLeadOrganisation() {
		long land = this.directory.resolve("省国土资源厅").orElseThrow().id();
		Actor office = new Actor(0, "office", "规划办", Role.OFFICE, null);
		UserView user = this.actors.actingAs(office,
				() -> this.users.create(new NewUser(LEAD, "国土资源厅填报人", "guotu-luoshi-demo", Role.REPORTER, land)));
		this.lead = new Actor(user.id(), LEAD, user.displayName(), Role.REPORTER, land);
		// the password the office set is replaced before the reporter does anything else
		this.actors.actingAs(this.lead, () -> {
			this.passwords.changeOwn("guotu-luoshi-demo", "guotu-own-password");
			return null;
		});
	}

	/** A step taken in the service by the lead organisation's reporter. */
	private Decomposition lead(Supplier<Decomposition> step) {
		return this.actors.actingAs(this.lead, step);
	}

	@ParameterizedTest(name = "{0}: shares form {1}, review forms {2}")
	@CsvSource({ "office, true, true", "guotu, true, false", "nongwei, false, false", "nongwei-approver, false, false",
			"leader, false, false" })
	void everyRoleReadsThePageAndSeesOnlyItsOwnForms(String username, boolean drafts, boolean reviews)
			throws Exception {
		Decomposition split = lead(() -> this.decompositions.create(land()));
		expectForms(username, drafts, false);
		lead(() -> this.decompositions.updateShares(split.id(), 0, entries(split, LAND)));
		lead(() -> this.decompositions.submit(split.id()));
		expectForms(username, false, reviews);
	}

	@Test
	void aVisitorIsSentToSignIn() throws Exception {
		this.mvc.perform(get(page(land()))).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
	}

	@Test
	void theDashboardLinksOnlyTheIndicatorsToBeSplit() throws Exception {
		this.mvc.perform(get("/plans/{p}/indicators", planId()).with(as("leader")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("href=\"" + page(land()) + "\""),
					containsString("href=\"" + page(seed().id("单位地区生产总值能源消耗")) + "\""),
					not(containsString("href=\"" + page(seed().id("森林覆盖率")) + "\"")))));
	}

	@Test
	void aSplitThatAddsUpIsSubmittedApprovedAndIssuedThroughThePageForms() throws Exception {
		this.mvc.perform(post(page(land())).with(as(LEAD)).with(csrf()))
			.andExpect(redirectedUrl(page(land())))
			.andExpect(flash().attribute("done", "已起草分解方案，请填写各市（州）目标。"));
		this.mvc.perform(get(page(land())).with(as(LEAD)))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("指标分解：耕地保有量"), containsString("553 万公顷"), containsString("草拟中"),
						containsString("长春市政府"), containsString("延边州政府"), containsString("9 个市（州）尚无目标"))));
		Decomposition split = latest();

		this.mvc.perform(shares("shares", split, 0, LAND).with(as(LEAD)))
			.andExpect(redirectedUrl(page(land())))
			.andExpect(flash().attribute("done", "已保存各市（州）目标。"));
		this.mvc.perform(get(page(land())).with(as(LEAD)))
			.andExpect(content().string(allOf(containsString("合计 553 万公顷，与全省目标相等。"), containsString("符合全省目标"),
					containsString("value=\"128.6\""))));

		this.mvc.perform(shares("submit", split, 1, LAND).with(as(LEAD)))
			.andExpect(redirectedUrl(page(land())))
			.andExpect(flash().attribute("done", "已报送，等待规划办审核。"));
		assertThat(latest().state()).isEqualTo(DecompositionState.SUBMITTED);
		int submitted = latest().version();

		// the lead does not approve its own split, nor does anybody but the office
		step("approve", split, submitted, LEAD).andExpect(status().isForbidden());
		step("approve", split, submitted, "nongwei-approver").andExpect(status().isForbidden());
		step("approve", split, submitted, "leader").andExpect(status().isForbidden());
		step("approve", split, submitted, "office").andExpect(redirectedUrl(page(land())))
			.andExpect(flash().attribute("done", "已审核通过，等待下达。"));

		step("issue", split, submitted + 1, "leader").andExpect(status().isForbidden());
		step("issue", split, submitted + 1, LEAD).andExpect(status().isForbidden());
		step("issue", split, submitted + 1, "office").andExpect(redirectedUrl(page(land())))
			.andExpect(flash().attribute("done", "已下达各市（州）。"));

		assertThat(latest().state()).isEqualTo(DecompositionState.ISSUED);
		assertThat(latest().steps()).extracting(DecompositionStep::to, DecompositionStep::actor)
			.containsExactly(tuple(DecompositionState.DRAFT, LEAD), tuple(DecompositionState.SUBMITTED, LEAD),
					tuple(DecompositionState.APPROVED, "office"), tuple(DecompositionState.ISSUED, "office"));
		String issued = this.mvc.perform(get(page(land())).with(as("leader")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(history(issued)).contains("起草", "报送", "审核通过", "下达", "草拟中", "已报送", "已审核", "已下达", LEAD, "office");
		assertThat(issued).contains("id=\"split-state\"", ">已下达<").doesNotContain("name=\"target-");

		// a change to the issued split is a new split, while the issued one holds
		this.mvc.perform(post(page(land())).with(as(LEAD)).with(csrf())).andExpect(redirectedUrl(page(land())));
		this.mvc.perform(get(page(land())).with(as(LEAD)))
			.andExpect(content().string(allOf(containsString(">草拟中<"), containsString("其他分解方案"),
					containsString("方案 " + split.id() + "（已下达）"), containsString("name=\"target-"))));
	}

	@Test
	void anIndicatorTheNoticeDoesNotSplitOffersNoDraftAndRefusesOne() throws Exception {
		long forest = seed().id("森林覆盖率");
		this.mvc.perform(get(page(forest)).with(as("office")))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("分工通知未要求将此指标分解到各市（州）。"), not(containsString("id=\"start-form\"")))));
		this.mvc.perform(post(page(forest)).with(as("office")).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("分工通知未要求将指标“森林覆盖率”分解到各市（州）。")));
		assertThat(this.decompositions.ofIndicator(forest)).isEmpty();
	}

	@Test
	void aSplitThatFallsShortShowsTheShortfallAndIsRefusedOnSubmission() throws Exception {
		Decomposition split = lead(() -> this.decompositions.create(land()));
		this.mvc.perform(shares("submit", split, 0, SHORT).with(as(LEAD)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(allOf(containsString("合计 548.2 万公顷，比全省目标少 4.8 万公顷。"), containsString("不符合全省目标"),
					containsString("各市（州）目标合计 548.2 万公顷，比全省目标 553 万公顷 少 4.8 万公顷，不能报送。"))));
		// the draft keeps the figures on the screen, but it is not submitted
		Decomposition stored = latest();
		assertThat(stored.state()).isEqualTo(DecompositionState.DRAFT);
		assertThat(stored.check().shortfall()).isEqualByComparingTo("4.8");

		// the office cannot approve what was never submitted, and says so in the page
		step("approve", split, stored.version(), "office").andExpect(status().isConflict())
			.andExpect(content().string(containsString("草拟中的分解方案不能审核通过，只有已报送的方案可以。")));
		assertThat(latest().state()).isEqualTo(DecompositionState.DRAFT);
		assertThat(latest().steps()).hasSize(1);
		this.mvc.perform(get(page(land())).with(as("office")))
			.andExpect(content().string(containsString("合计 548.2 万公顷，比全省目标少 4.8 万公顷。")));
	}

	@Test
	void aSplitWithCitiesMissingIsRefusedNamingThem() throws Exception {
		Decomposition split = lead(() -> this.decompositions.create(land()));
		this.mvc.perform(step("submit", split, 0).with(as(LEAD)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("以下市（州）尚无目标：长春市政府、吉林市政府")));
		assertThat(latest().state()).isEqualTo(DecompositionState.DRAFT);
	}

	@Test
	void aStaleVersionIsAnswered409AndOverwritesNothing() throws Exception {
		Decomposition split = lead(() -> this.decompositions.create(land()));
		this.mvc.perform(shares("shares", split, 0, LAND).with(as(LEAD))).andExpect(status().isFound());
		this.mvc.perform(shares("shares", split, 0, SHORT).with(as("office")))
			.andExpect(status().isConflict())
			.andExpect(content().string(allOf(containsString("他人已修改了这份分解方案"), containsString("第 1 版"),
					containsString("value=\"128.6\""), not(containsString("value=\"123.8\"")))));
		assertThat(latest().shares().get(0).target()).isEqualByComparingTo("128.6");
		assertThat(latest().version()).isEqualTo(1);

		lead(() -> this.decompositions.submit(split.id()));
		step("approve", split, 1, "office").andExpect(status().isConflict())
			.andExpect(content().string(containsString("他人已修改了这份分解方案")));
		assertThat(latest().state()).isEqualTo(DecompositionState.SUBMITTED);
	}

	@Test
	void aFigureInWordsIsRefusedNextToTheFormAndNothingIsSaved() throws Exception {
		Decomposition split = lead(() -> this.decompositions.create(land()));
		String[] inWords = LAND.clone();
		inWords[0] = "约128";
		inWords[1] = "８４．３";
		this.mvc.perform(shares("shares", split, 0, inWords).with(as(LEAD)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(allOf(containsString("长春市政府的目标“约128”不是数字"), containsString("value=\"约128\""))));
		assertThat(latest().version()).isZero();
		assertThat(latest().shares()).extracting(CityShare::target).containsOnlyNulls();

		// full-width digits are read as meant
		inWords[0] = "128.6";
		this.mvc.perform(shares("shares", split, 0, inWords).with(as(LEAD))).andExpect(status().isFound());
		assertThat(latest().shares().get(1).target()).isEqualByComparingTo("84.3");
	}

	@Test
	void aReturnNeedsAReasonWhichThePageAndHistoryShow() throws Exception {
		Decomposition split = lead(() -> this.decompositions.create(land()));
		lead(() -> this.decompositions.updateShares(split.id(), 0, entries(split, LAND)));
		int version = lead(() -> this.decompositions.submit(split.id())).version();
		this.mvc
			.perform(post("/decompositions/{id}/return", split.id()).param("version", String.valueOf(version))
				.param("reason", " ")
				.with(as("office"))
				.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("退回分解方案须说明原因。")));
		this.mvc
			.perform(post("/decompositions/{id}/return", split.id()).param("version", String.valueOf(version))
				.param("reason", "白城市目标与国家下达数不一致")
				.with(as(LEAD))
				.with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/decompositions/{id}/return", split.id()).param("version", String.valueOf(version))
				.param("reason", "白城市目标与国家下达数不一致")
				.with(as("office"))
				.with(csrf()))
			.andExpect(redirectedUrl(page(land())));
		String returned = this.mvc.perform(get(page(land())).with(as(LEAD)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(returned).contains("已退回，原因：白城市目标与国家下达数不一致", "name=\"target-");
		assertThat(history(returned)).contains("退回", "白城市目标与国家下达数不一致");
	}

	@Test
	void theCheckFollowsTheFiguresAsTypedWithoutSavingThem() throws Exception {
		Decomposition split = lead(() -> this.decompositions.create(land()));
		this.mvc.perform(shares("check", split, 0, SHORT).with(as(LEAD)))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("id=\"check\""), containsString("合计 548.2 万公顷，比全省目标少 4.8 万公顷。"),
						containsString("尚未保存"), not(containsString("<html")))));
		assertThat(latest().version()).isZero();
		assertThat(latest().shares()).extracting(CityShare::target).containsOnlyNulls();
		this.mvc.perform(shares("check", split, 0, SHORT).with(as("leader"))).andExpect(status().isForbidden());
	}

	@Test
	void intensityIsCheckedByWeightWithTheWeightsEnteredWithTheDraft() throws Exception {
		long energy = seed().id("单位地区生产总值能源消耗");
		// 省发展改革委 leads it and has no user: the office drafts for it
		this.mvc.perform(post(page(energy)).with(as("office")).with(csrf())).andExpect(status().isFound());
		this.mvc.perform(post(page(energy)).with(as(LEAD)).with(csrf())).andExpect(status().isForbidden());
		Decomposition split = this.decompositions.ofIndicator(energy).get(0);
		String[] reductions = { "17", "18", "15", "15", "15", "14", "15", "14", "15" };
		String[] energyUse = { "900", "800", "650", "400", "600", "450", "700", "400", "700" };
		MockHttpServletRequestBuilder save = shares("shares", split, 0, reductions);
		for (int i = 0; i < energyUse.length; i++) {
			save.param("weight-" + split.shares().get(i).organisationId(), energyUse[i]);
		}
		this.mvc.perform(save.with(as("office"))).andExpect(status().isFound());
		this.mvc.perform(get(page(energy)).with(as("office")))
			.andExpect(content().string(allOf(containsString("按权重"), containsString("name=\"weight-"),
					containsString("value=\"900\""), containsString("按权重平均 15.5982%，比全省目标低 0.4018 个百分点。"))));
	}

	@Test
	void thePageSpeaksEnglish() throws Exception {
		lead(() -> this.decompositions.create(land()));
		this.mvc.perform(get(page(land())).param("lang", "en").with(as("leader")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Decomposition: 耕地保有量"),
					containsString("9 cities have no target yet"), containsString("Steps"))));
	}

	@Test
	void anIndicatorOfNoSuchPlanOrASplitOfNoSuchIdIsNotFound() throws Exception {
		this.mvc.perform(get("/plans/{p}/indicators/{i}/decomposition", planId() + 1000, land()).with(as("office")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get(page(land())).param("split", "999999").with(as("office")))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/decompositions/{id}/approve", 999999).param("version", "0").with(as("office")).with(csrf()))
			.andExpect(status().isNotFound());
	}

	private void expectForms(String username, boolean drafts, boolean reviews) throws Exception {
		String html = this.mvc.perform(get(page(land())).with(as(username)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("指标分解：耕地保有量", "长春市政府", "办理过程");
		assertThat(html.contains("name=\"target-")).as("shares form for " + username).isEqualTo(drafts);
		assertThat(html.contains("id=\"submit-split\"")).as("submit button for " + username).isEqualTo(drafts);
		assertThat(html.contains("id=\"approve-form\"")).as("approve form for " + username).isEqualTo(reviews);
		assertThat(html.contains("id=\"return-form\"")).as("return form for " + username).isEqualTo(reviews);
	}

	private ResultActions step(String step, Decomposition split, int version, String username) throws Exception {
		return this.mvc.perform(step(step, split, version).with(as(username)));
	}

	private static MockHttpServletRequestBuilder step(String step, Decomposition split, int version) {
		return post("/decompositions/{id}/" + step, split.id()).param("version", String.valueOf(version)).with(csrf());
	}

	private static MockHttpServletRequestBuilder shares(String step, Decomposition split, int version,
			String[] targets) {
		MockHttpServletRequestBuilder request = step(step, split, version);
		for (int i = 0; i < targets.length; i++) {
			request.param("target-" + split.shares().get(i).organisationId(), targets[i]);
		}
		return request;
	}

	private static List<ShareEntry> entries(Decomposition split, String[] targets) {
		return IntStream.range(0, targets.length)
			.mapToObj((i) -> new ShareEntry(split.shares().get(i).organisationId(), new BigDecimal(targets[i]), null))
			.toList();
	}

	/** The history table of a page: what the steps say, whatever else the page says. */
	private static String history(String html) {
		int start = html.indexOf("id=\"history\"");
		assertThat(start).as("history section").isPositive();
		return html.substring(start, html.indexOf("</section>", start));
	}

	private RequestPostProcessor as(String username) {
		return user(this.accounts.loadUserByUsername(username));
	}

	private Decomposition latest() {
		List<Decomposition> splits = this.decompositions.ofIndicator(land());
		return splits.get(splits.size() - 1);
	}

	private String page(long indicatorId) {
		return "/plans/" + planId() + "/indicators/" + indicatorId + "/decomposition";
	}

	private long land() {
		return seed().id("耕地保有量");
	}

	private long planId() {
		return seed().planId();
	}

	private SeedIndicators seed() {
		return new SeedIndicators(this.indicators, this.plans);
	}

}
