package org.luoshi.organisation.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.luoshi.organisation.NameAlreadyTaken;
import org.luoshi.organisation.NameType;
import org.luoshi.organisation.NewOrganisation;
import org.luoshi.organisation.OrganisationChange;
import org.luoshi.organisation.OrganisationDetails;
import org.luoshi.organisation.OrganisationDirectory;
import org.luoshi.organisation.OrganisationInactive;
import org.luoshi.organisation.OrganisationKind;
import org.luoshi.organisation.OrganisationName;
import org.luoshi.organisation.OrganisationNotFound;
import org.luoshi.organisation.OrganisationPage;
import org.luoshi.organisation.OrganisationRef;
import org.luoshi.security.Role;
import org.luoshi.security.WithActor;
import org.luoshi.security.web.WebSecurityRules;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The directory's API under the application's real sign-in rules, as the planning office
 * unless a test says otherwise: changes are recorded as made by the signed-in user.
 */
@WebMvcTest(OrganisationApiController.class)
@Import(WebSecurityRules.class)
@WithActor(Role.OFFICE)
class OrganisationApiControllerTests {

	static final OrganisationRef DRC = new OrganisationRef(7, "省发展改革委", OrganisationKind.GOVERNMENT_DEPARTMENT, false,
			true, 1L);

	static final OrganisationRef CHANGCHUN = new OrganisationRef(8, "长春市政府", OrganisationKind.CITY_GOVERNMENT, false,
			true, 2L);

	@Autowired
	MockMvc mvc;

	@MockitoBean
	OrganisationDirectory directory;

	@Test
	void listsOnePageNarrowedToANameAndAKind() throws Exception {
		given(this.directory.page("发改", OrganisationKind.GOVERNMENT_DEPARTMENT, 1, 5))
			.willReturn(new OrganisationPage(List.of(DRC), 1, 5, 6));

		this.mvc
			.perform(get("/api/organisations").param("q", "发改")
				.param("kind", "government-department")
				.param("page", "1")
				.param("size", "5"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.organisations[0].id").value(7))
			.andExpect(jsonPath("$.organisations[0].name").value("省发展改革委"))
			.andExpect(jsonPath("$.organisations[0].kind").value("government-department"))
			.andExpect(jsonPath("$.organisations[0].regionId").value(1))
			.andExpect(jsonPath("$.page").value(1))
			.andExpect(jsonPath("$.totalElements").value(6))
			.andExpect(jsonPath("$.totalPages").value(2));
	}

	@Test
	void listsTheFirstTwentyUnlessAskedOtherwise() throws Exception {
		given(this.directory.page(null, null, 0, 20))
			.willReturn(new OrganisationPage(List.of(DRC, CHANGCHUN), 0, 20, 2));

		this.mvc.perform(get("/api/organisations"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.organisations[1].kind").value("city-government"));
	}

	@Test
	void refusesAPageSizeOutOfRangeNamingTheParameter() throws Exception {
		this.mvc.perform(get("/api/organisations").param("size", "500").param("page", "-1"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("size", "page")));
		verifyNoInteractions(this.directory);
	}

	@Test
	void refusesAnUnknownKind() throws Exception {
		this.mvc.perform(get("/api/organisations").param("kind", "unit"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
		verifyNoInteractions(this.directory);
	}

	@Test
	void showsAnOrganisationWithItsNamesSuccessorAndHistory() throws Exception {
		OrganisationRef successor = new OrganisationRef(9, "省农业农村厅", OrganisationKind.GOVERNMENT_DEPARTMENT, false,
				true, 1L);
		given(this.directory.details(7)).willReturn(new OrganisationDetails(
				new OrganisationRef(7, "省农委", OrganisationKind.GOVERNMENT_DEPARTMENT, false, false, 1L), null,
				LocalDate.of(2018, 10, 1), 1,
				List.of(new OrganisationName("省农委", NameType.SHORT),
						new OrganisationName("吉林省农业委员会", NameType.OFFICIAL)),
				List.of(), List.of(), successor, List.of(new OrganisationChange("renamed", "省农委", "省农业农村厅",
						"planning-office", Instant.parse("2018-09-20T08:00:00Z")))));

		this.mvc.perform(get("/api/organisations/7"))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"1\""))
			.andExpect(jsonPath("$.organisation.active").value(false))
			.andExpect(jsonPath("$.activeTo").value("2018-10-01"))
			.andExpect(jsonPath("$.names[1].name").value("吉林省农业委员会"))
			.andExpect(jsonPath("$.names[1].type").value("official"))
			.andExpect(jsonPath("$.successor.name").value("省农业农村厅"))
			.andExpect(jsonPath("$.history[0].event").value("renamed"))
			.andExpect(jsonPath("$.history[0].at").value("2018-09-20T08:00:00Z"));
	}

	@Test
	void answersAnUnknownIdWithANotFoundProblem() throws Exception {
		given(this.directory.details(4711)).willThrow(new OrganisationNotFound(4711));

		this.mvc.perform(get("/api/organisations/4711"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(404))
			.andExpect(jsonPath("$.title").value("未找到"))
			.andExpect(jsonPath("$.detail").value("没有编号为 4711 的组织。"))
			.andExpect(jsonPath("$.refusal").value("OrganisationNotFound"))
			.andExpect(jsonPath("$.instance").value("/api/organisations/4711"));
	}

	@Test
	void explainsARefusalInEnglishToAnEnglishReader() throws Exception {
		given(this.directory.history(4711)).willThrow(new OrganisationNotFound(4711));

		this.mvc.perform(get("/api/organisations/4711/history").param("lang", "en"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.title").value("Not found"))
			.andExpect(jsonPath("$.detail").value("No organisation has the id 4711."));
	}

	@Test
	void entersAnOrganisationAndSaysWhereItIs() throws Exception {
		given(this.directory.create(any(), eq("office"))).willReturn(DRC);

		this.mvc.perform(post("/api/organisations").contentType(MediaType.APPLICATION_JSON).content("""
				{"name": "省发展改革委", "officialName": "吉林省发展和改革委员会", "aliases": ["省发改委"],
				 "kind": "government-department", "regionId": 1}"""))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", "/api/organisations/7"))
			.andExpect(jsonPath("$.id").value(7));
		then(this.directory).should()
			.create(new NewOrganisation("省发展改革委", "吉林省发展和改革委员会", List.of("省发改委"),
					OrganisationKind.GOVERNMENT_DEPARTMENT, 1L, null, List.of()), "office");
	}

	@Test
	void answersANameTakenWithAConflictNamingTheHolder() throws Exception {
		given(this.directory.create(any(), anyString())).willThrow(new NameAlreadyTaken("省发改委", "省发展改革委"));

		this.mvc
			.perform(post("/api/organisations").contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"省发改委\", \"kind\": \"government-department\"}"))
			.andExpect(status().isConflict())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("冲突"))
			.andExpect(jsonPath("$.detail", containsString("“省发改委”已是“省发展改革委”的名称或别名")))
			.andExpect(jsonPath("$.refusal").value("NameAlreadyTaken"));
	}

	@Test
	void listsEveryRejectedFieldOfAnInvalidOrganisation() throws Exception {
		this.mvc
			.perform(post("/api/organisations").contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \" \", \"aliases\": [\"\"]}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("输入不符合要求"))
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("name", "kind", "aliases[0]")));
		verifyNoInteractions(this.directory);
	}

	@Test
	void refusesAKindCodeThatDoesNotExist() throws Exception {
		this.mvc
			.perform(post("/api/organisations").contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"省外办\", \"kind\": \"provincial-unit\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
		verifyNoInteractions(this.directory);
	}

	@Test
	void addsAnAliasAtTheVersionTheClientSaw() throws Exception {
		this.mvc
			.perform(post("/api/organisations/7/aliases").contentType(MediaType.APPLICATION_JSON)
				.content("{\"alias\": \"省发改委\", \"version\": 3}"))
			.andExpect(status().isOk());
		then(this.directory).should().addAlias(7, 3, "省发改委", "office");
	}

	@Test
	void renamesIntoASuccessor() throws Exception {
		OrganisationRef successor = new OrganisationRef(9, "省农业农村厅", OrganisationKind.GOVERNMENT_DEPARTMENT, false,
				true, 1L);
		given(this.directory.rename(7, "省农业农村厅", LocalDate.of(2018, 10, 1), "office")).willReturn(successor);

		this.mvc
			.perform(post("/api/organisations/7/rename").contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"省农业农村厅\", \"effective\": \"2018-10-01\"}"))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", "/api/organisations/9"))
			.andExpect(jsonPath("$.name").value("省农业农村厅"));
	}

	@Test
	void answersAStaleVersionWithAConflict() throws Exception {
		given(this.directory.rename(7, 2, "省农业农村厅", LocalDate.of(2018, 10, 1), "office"))
			.willThrow(new OptimisticLockingFailureException("organisation 7 changed meanwhile"));

		this.mvc
			.perform(post("/api/organisations/7/rename").contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"省农业农村厅\", \"effective\": \"2018-10-01\", \"version\": 2}"))
			.andExpect(status().isConflict())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("冲突"));
	}

	@Test
	void renamesAtTheVersionNamedInIfMatchLikeEveryOtherEdit() throws Exception {
		given(this.directory.rename(7, 2, "省农业农村厅", LocalDate.of(2018, 10, 1), "office"))
			.willThrow(new OptimisticLockingFailureException("organisation 7 changed meanwhile"));

		this.mvc
			.perform(post("/api/organisations/7/rename").header("If-Match", "\"2\"")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"省农业农村厅\", \"effective\": \"2018-10-01\"}"))
			.andExpect(status().isPreconditionFailed());
		this.mvc
			.perform(post("/api/organisations/7/rename").header("If-Match", "\"two\"")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"省农业农村厅\", \"effective\": \"2018-10-01\"}"))
			.andExpect(status().isBadRequest());
		verify(this.directory, never()).rename(eq(7L), anyString(), any(), anyString());
	}

	@Test
	void refusesARenameWithoutEffectiveDate() throws Exception {
		this.mvc
			.perform(post("/api/organisations/7/rename").contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"省农业农村厅\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("effective"));
	}

	@Test
	void answersARenameOfAnEndedOrganisationWithAConflict() throws Exception {
		given(this.directory.rename(eq(7L), anyString(), any(), anyString()))
			.willThrow(new OrganisationInactive(7, "省农委", LocalDate.of(2018, 10, 1)));

		this.mvc
			.perform(post("/api/organisations/7/rename").contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"省农业厅\", \"effective\": \"2019-01-01\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("2018-10-01")));
	}

	@Test
	void mergesIntoAnExistingOrganisation() throws Exception {
		given(this.directory.get(8)).willReturn(CHANGCHUN);

		this.mvc
			.perform(post("/api/organisations/merge").contentType(MediaType.APPLICATION_JSON)
				.content("{\"predecessorIds\": [5, 6], \"successorId\": 8, \"effective\": \"2018-07-05\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(8));
		then(this.directory).should().merge(List.of(5L, 6L), 8, LocalDate.of(2018, 7, 5), "office");
	}

	@Test
	void mergesIntoANewOrganisation() throws Exception {
		given(this.directory.mergeIntoNew(eq(List.of(5L, 6L)), any(), eq(LocalDate.of(2018, 7, 5)), eq("office")))
			.willReturn(DRC);

		this.mvc.perform(post("/api/organisations/merge").contentType(MediaType.APPLICATION_JSON).content("""
				{"predecessorIds": [5, 6], "effective": "2018-07-05",
				 "newSuccessor": {"name": "省税务局", "kind": "central-vertical-agency"}}"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(7));
	}

	@Test
	void refusesAMergerThatNamesBothOrNoSuccessor() throws Exception {
		this.mvc.perform(post("/api/organisations/merge").contentType(MediaType.APPLICATION_JSON).content("""
				{"predecessorIds": [5], "successorId": 8, "effective": "2018-07-05",
				 "newSuccessor": {"name": "省税务局", "kind": "central-vertical-agency"}}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("oneSuccessor"))
			.andExpect(jsonPath("$.errors[0].message").value("请在 successorId 与 newSuccessor 中给出且只给出一个。"));
		this.mvc
			.perform(post("/api/organisations/merge").contentType(MediaType.APPLICATION_JSON)
				.content("{\"predecessorIds\": [], \"effective\": \"2018-07-05\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("predecessorIds", "oneSuccessor")));
		verifyNoInteractions(this.directory);
	}

	@Test
	void showsTheHistoryOldestFirst() throws Exception {
		given(this.directory.history(7)).willReturn(
				List.of(new OrganisationChange("created", null, "省农委", "demo", Instant.parse("2011-12-27T00:00:00Z")),
						new OrganisationChange("alias-added", null, "吉林省农业委员会", "clerk",
								Instant.parse("2012-01-05T00:00:00Z"))));

		this.mvc.perform(get("/api/organisations/7/history"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].event").value("created"))
			.andExpect(jsonPath("$[1].actor").value("clerk"));
	}

	@Test
	@WithAnonymousUser
	void asksSomeoneNotSignedInToSignInWithAProblem() throws Exception {
		this.mvc.perform(get("/api/organisations"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", containsString("Bearer")))
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(401));
		verifyNoInteractions(this.directory);
	}

	@Test
	@WithActor(Role.REPORTER)
	void letsAReporterReadTheDirectory() throws Exception {
		given(this.directory.page(null, null, 0, 20)).willReturn(new OrganisationPage(List.of(DRC), 0, 20, 1));

		this.mvc.perform(get("/api/organisations")).andExpect(status().isOk());
	}

	@Test
	@WithActor(Role.REPORTER)
	void refusesAReporterAChangeToTheDirectory() throws Exception {
		this.mvc
			.perform(post("/api/organisations").contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"省外办\", \"kind\": \"government-department\"}"))
			.andExpect(status().isForbidden())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(403));
		verifyNoInteractions(this.directory);
	}

	@Test
	@WithActor(Role.LEADER)
	void refusesALeaderAMerger() throws Exception {
		this.mvc
			.perform(post("/api/organisations/merge").contentType(MediaType.APPLICATION_JSON)
				.content("{\"predecessorIds\": [5, 6], \"successorId\": 8, \"effective\": \"2018-07-05\"}"))
			.andExpect(status().isForbidden());
		verifyNoInteractions(this.directory);
	}

}
