package org.luoshi.security.web;

import org.junit.jupiter.api.Test;
import org.luoshi.organisation.OrganisationDirectory;
import org.luoshi.security.DemoApplicationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The user administration's API as the planning office uses it with HTTP Basic: every
 * refusal is a problem that names its reason, and no answer holds a password.
 */
@DemoApplicationTest
class UserApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	OrganisationDirectory organisations;

	@Test
	void listsTheUsersWithoutTheirPasswords() throws Exception {
		this.mvc.perform(asOffice(get("/api/users")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.users[*].username", hasItems("office", "nongwei", "nongwei-approver", "leader")))
			.andExpect(jsonPath("$.users[?(@.username == 'nongwei')].role").value("reporter"))
			.andExpect(jsonPath("$.users[?(@.username == 'nongwei')].organisationId").value((int) agriculture()))
			.andExpect(content().string(not(containsString("password"))))
			.andExpect(content().string(not(containsString("bcrypt"))));
	}

	@Test
	void entersAUserAndSaysWhereItIs() throws Exception {
		MvcResult created = this.mvc
			.perform(asOffice(post("/api/users")).contentType(MediaType.APPLICATION_JSON).content("""
					{"username": "api-reporter", "displayName": "省农委 二号填报人", "password": "first-password",
					 "role": "reporter", "organisationId": %d}""".formatted(agriculture())))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", containsString("/api/users/")))
			.andExpect(jsonPath("$.username").value("api-reporter"))
			.andExpect(jsonPath("$.role").value("reporter"))
			.andExpect(jsonPath("$.createdBy").value("office"))
			.andExpect(content().string(not(containsString("first-password"))))
			.andReturn();
		String location = created.getResponse().getHeader("Location");

		// signed in, but held back until the password the office chose is replaced
		this.mvc.perform(get("/api/organisations").with(httpBasic("api-reporter", "first-password")))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.refusal").value("PasswordChangeRequired"));
		this.mvc
			.perform(post("/api/account/password").with(httpBasic("api-reporter", "first-password"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"currentPassword\": \"first-password\", \"newPassword\": \"reporter-chose-this\"}"))
			.andExpect(status().isNoContent());
		this.mvc.perform(get("/api/organisations").with(httpBasic("api-reporter", "reporter-chose-this")))
			.andExpect(status().isOk());
		this.mvc.perform(asOffice(get(location + "/history")))
			.andExpect(jsonPath("$[0].event").value("created"))
			.andExpect(jsonPath("$[0].actor").value("office"));
	}

	@Test
	void answersATakenUserNameWithAConflictNamingIt() throws Exception {
		this.mvc
			.perform(asOffice(post("/api/users")).contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\": \"Leader\", \"password\": \"long-enough-password\", \"role\": \"leader\"}"))
			.andExpect(status().isConflict())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("冲突"))
			.andExpect(jsonPath("$.detail", containsString("“leader”已被使用")))
			.andExpect(jsonPath("$.refusal").value("UsernameTaken"));
	}

	@Test
	void refusesAReporterWithoutOrganisationInEitherLanguage() throws Exception {
		this.mvc.perform(asOffice(post("/api/users")).param("lang", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"{\"username\": \"lost-reporter\", \"password\": \"long-enough-password\", \"role\": \"reporter\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.refusal").value("OrganisationRequired"))
			.andExpect(jsonPath("$.detail").value("A user in the role \"reporter\" must act for an organisation."));
	}

	@Test
	void listsEveryRejectedFieldAndRefusesAnUnknownRole() throws Exception {
		this.mvc
			.perform(asOffice(post("/api/users")).contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\": \"\", \"password\": \"short\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("username", "password", "role")))
			.andExpect(content().string(not(containsString("short"))));
		this.mvc
			.perform(asOffice(post("/api/users")).contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\": \"boss\", \"password\": \"long-enough-password\", \"role\": \"admin\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void changesTheRoleResetsThePasswordAndDisables() throws Exception {
		String id = createLeader("api-leader");

		this.mvc
			.perform(asOffice(post("/api/users/" + id + "/role")).contentType(MediaType.APPLICATION_JSON)
				.content("{\"role\": \"approver\", \"organisationId\": %d}".formatted(agriculture())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.role").value("approver"));
		this.mvc
			.perform(asOffice(post("/api/users/" + id + "/password")).contentType(MediaType.APPLICATION_JSON)
				.content("{\"password\": \"second-password\"}"))
			.andExpect(status().isNoContent());
		this.mvc.perform(get("/api/organisations").with(httpBasic("api-leader", "second-password")))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("password-change-required"));

		this.mvc.perform(asOffice(post("/api/users/" + id + "/disable")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.enabled").value(false));

		this.mvc.perform(get("/api/organisations").with(httpBasic("api-leader", "second-password")))
			.andExpect(status().isUnauthorized());
		this.mvc.perform(asOffice(get("/api/users/" + id + "/history")))
			.andExpect(jsonPath("$[*].event")
				.value(org.hamcrest.Matchers.contains("created", "role-changed", "password-reset", "disabled")))
			.andExpect(content().string(not(containsString("second-password"))));
	}

	@Test
	void answersAnUnknownUserWithNotFound() throws Exception {
		this.mvc.perform(asOffice(post("/api/users/4711/disable")))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value("没有编号为 4711 的用户。"))
			.andExpect(jsonPath("$.refusal").value("UserNotFound"));
	}

	private String createLeader(String username) throws Exception {
		String location = this.mvc
			.perform(asOffice(post("/api/users")).contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\": \"%s\", \"password\": \"first-password\", \"role\": \"leader\"}"
					.formatted(username)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getHeader("Location");
		return location.substring(location.lastIndexOf('/') + 1);
	}

	private long agriculture() {
		return this.organisations.resolve("省农委").orElseThrow().id();
	}

	private static MockHttpServletRequestBuilder asOffice(MockHttpServletRequestBuilder request) {
		return request.with(httpBasic("office", DemoApplicationTest.PASSWORD));
	}

}
