package org.luoshi.security.web;

import org.junit.jupiter.api.Test;
import org.luoshi.organisation.OrganisationDirectory;
import org.luoshi.security.DemoApplicationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.stringContainsInOrder;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The planning office's user administration page. */
@DemoApplicationTest
class UserAdminPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService details;

	@Autowired
	OrganisationDirectory organisations;

	@Test
	void listsEveryUserWithRoleAndOrganisation() throws Exception {
		this.mvc.perform(asOffice(get("/admin/users")))
			.andExpect(status().isOk())
			.andExpect(content().string(stringContainsInOrder("nongwei", "省农委 填报人", "填报人", "省农委", "正常")))
			.andExpect(content().string(containsString("name=\"_csrf\"")))
			.andExpect(content().string(containsString("<option value=\"reporter\">填报人</option>")));
	}

	@Test
	void findsUsersByPartOfTheirNamesAPageAtATime() throws Exception {
		this.mvc.perform(asOffice(get("/admin/users")).param("q", "NONGWEI-APPROVER"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<td>nongwei-approver</td>"),
					containsString("value=\"NONGWEI-APPROVER\""), not(containsString("<td>leader</td>")))));
		// past the last page: nobody, and the count of all
		this.mvc.perform(asOffice(get("/admin/users")).param("page", "7"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(not(containsString("<td>leader</td>")), containsString("个用户"))));
	}

	@Test
	void entersAUserAndSaysSo() throws Exception {
		this.mvc
			.perform(asOffice(post("/admin/users")).param("username", "page-approver")
				.param("displayName", "页面审核人")
				.param("password", "first-password")
				.param("role", "approver")
				.param("organisationId", String.valueOf(agriculture())))
			.andExpect(redirectedUrl("/admin/users"))
			.andExpect(flash().attribute("done", "已新增用户 page-approver。"));
		this.mvc.perform(asOffice(get("/admin/users")))
			.andExpect(content().string(stringContainsInOrder("page-approver", "页面审核人", "审核人", "省农委")));
	}

	@Test
	void showsTheRejectedFieldsAndKeepsWhatWasEnteredButThePassword() throws Exception {
		this.mvc
			.perform(asOffice(post("/admin/users")).param("username", "half-done")
				.param("password", "short")
				.param("role", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"half-done\"")))
			.andExpect(content().string(not(containsString("value=\"short\""))))
			.andExpect(content().string(containsString("class=\"field-error\"")));
	}

	@Test
	void explainsARefusal() throws Exception {
		this.mvc
			.perform(asOffice(post("/admin/users")).param("username", "orphan")
				.param("password", "long-enough-password")
				.param("role", "reporter"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("角色“reporter”必须选择所属单位。")));
	}

	@Test
	void disablesAndEnablesAUser() throws Exception {
		this.mvc
			.perform(asOffice(post("/admin/users")).param("username", "page-leader")
				.param("password", "first-password")
				.param("role", "leader"))
			.andExpect(status().isFound());
		long id = ((org.luoshi.security.internal.SignedInUser) this.details.loadUserByUsername("page-leader")).actor()
			.userId();

		this.mvc.perform(asOffice(post("/admin/users/" + id + "/disable")))
			.andExpect(redirectedUrl("/admin/users"))
			.andExpect(flash().attribute("done", containsString("page-leader")));
		this.mvc.perform(asOffice(post("/admin/users/" + id + "/enable"))).andExpect(redirectedUrl("/admin/users"));
	}

	private long agriculture() {
		return this.organisations.resolve("省农委").orElseThrow().id();
	}

	private MockHttpServletRequestBuilder asOffice(MockHttpServletRequestBuilder request) {
		return request.with(user(this.details.loadUserByUsername("office"))).with(csrf());
	}

}
