package org.luoshi.plan.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.luoshi.organisation.OrganisationDirectory;
import org.luoshi.plan.PlanRegister;
import org.luoshi.plan.TaskFilter;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Who may open and post what among the register's and the directory's pages, decided on
 * the server for every role with the demo users' own sign-in: reading is for everybody
 * signed in, importing and every change for the planning office only. The posts carry no
 * form fields, so where the office may post it is refused for the missing input (400,
 * 422) and nothing changes.
 */
@SpringBootTest(properties = "luoshi.demo.enabled=true")
@AutoConfigureMockMvc
class PageAccessTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	PlanRegister register;

	@Autowired
	OrganisationDirectory directory;

	@ParameterizedTest(name = "{0} {1}: visitor {2}, office {3}, reporter {4}, approver {5}, leader {6}")
	@CsvSource({ "GET, /plans/{plan}, 302, 200, 200, 200, 200", "GET, /tasks/{task}, 302, 200, 200, 200, 200",
			"GET, /plans/{plan}/matrix, 302, 200, 200, 200, 200",
			"GET, /organisations/{org}/tasks, 302, 200, 200, 200, 200", "GET, /organisations, 302, 200, 200, 200, 200",
			"GET, /organisations/{org}, 302, 200, 200, 200, 200", "GET, /my/tasks, 302, 302, 302, 302, 302",
			"GET, /imports/new, 302, 200, 403, 403, 403", "POST, /imports, 302, 422, 403, 403, 403",
			"GET, /imports/999999, 302, 404, 403, 403, 403", "POST, /tasks/{task}/text, 302, 400, 403, 403, 403",
			"POST, /tasks/{task}/organisations, 302, 400, 403, 403, 403",
			"POST, /tasks/{task}/organisations/remove, 302, 400, 403, 403, 403",
			"POST, /tasks/{task}/lead, 302, 400, 403, 403, 403", "POST, /organisations, 302, 422, 403, 403, 403",
			"POST, /organisations/{org}/aliases, 302, 422, 403, 403, 403",
			"POST, /organisations/{org}/rename, 302, 422, 403, 403, 403",
			"POST, /organisations/{org}/merge, 302, 422, 403, 403, 403" })
	void pages(HttpMethod method, String path, int visitor, int office, int reporter, int approver, int leader)
			throws Exception {
		String address = address(path);
		MvcResult anonymous = this.mvc.perform(request(method, address).with(csrf())).andReturn();
		assertThat(anonymous.getResponse().getStatus()).as("visitor").isEqualTo(visitor);
		assertThat(anonymous.getResponse().getRedirectedUrl()).as("visitor").endsWith("/login");
		expect(method, address, "office", office);
		expect(method, address, "nongwei", reporter);
		expect(method, address, "nongwei-approver", approver);
		expect(method, address, "leader", leader);
	}

	@Test
	void theNavigationOffersWhatTheRoleMayUseAndNamesTheUserOnce() throws Exception {
		String office = page("office");
		assertThat(office).contains(">导入<", ">用户管理<", ">报送管理<").doesNotContain(">进展报送<", ">我的任务<");
		String reporter = page("nongwei");
		assertThat(reporter).contains(">进展报送<", ">我的任务<").doesNotContain(">导入<", ">用户管理<", ">报送管理<");
		// the demo reporter is called 省农委 填报人: neither word is repeated beside the name
		assertThat(reporter).doesNotContain("class=\"account-role\"", "class=\"account-organisation\"");
		String leader = page("leader");
		assertThat(leader).contains(">报送管理<").doesNotContain(">进展报送<", ">导入<");
	}

	private String page(String username) throws Exception {
		return this.mvc.perform(get("/").with(user(this.accounts.loadUserByUsername(username))))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private void expect(HttpMethod method, String address, String username, int status) throws Exception {
		MvcResult result = this.mvc
			.perform(request(method, address).with(user(this.accounts.loadUserByUsername(username))).with(csrf()))
			.andReturn();
		assertThat(result.getResponse().getStatus()).as(username).isEqualTo(status);
	}

	private String address(String path) {
		long plan = this.register.plans().get(0).id();
		long task = this.register.tasks(plan, TaskFilter.none(), 0, 1).items().get(0).id();
		long organisation = this.directory.resolve("省农委").orElseThrow().id();
		return path.replace("{plan}", String.valueOf(plan))
			.replace("{task}", String.valueOf(task))
			.replace("{org}", String.valueOf(organisation));
	}

}
