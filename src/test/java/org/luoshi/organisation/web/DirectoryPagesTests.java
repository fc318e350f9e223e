package org.luoshi.organisation.web;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.luoshi.organisation.OrganisationDirectory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.stringContainsInOrder;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The directory's pages on the demo data: everybody searches and reads it, the planning
 * office enters organisations, aliases, renames and mergers, and every refusal is
 * explained in the page. The tests change only organisations they enter themselves.
 */
@SpringBootTest(properties = "luoshi.demo.enabled=true")
@AutoConfigureMockMvc
class DirectoryPagesTests {

	private static final AtomicInteger SERIAL = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	OrganisationDirectory directory;

	@Test
	void everybodySearchesTheDirectoryByAnyNameAndKindPageByPage() throws Exception {
		String agriculture = link("省农委");
		String changchun = link("长春市政府");
		this.mvc.perform(as("nongwei", get("/organisations")).param("q", "农委"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString(agriculture), containsString("政府部门"), not(containsString(changchun)))));
		this.mvc.perform(as("nongwei", get("/organisations")).param("kind", "city-government"))
			.andExpect(content().string(allOf(containsString(changchun), not(containsString(agriculture)))));
		this.mvc.perform(as("leader", get("/organisations")))
			.andExpect(content().string(allOf(containsString("第 1 页，共 "), containsString("page=1"))));
	}

	@Test
	void onlyTheOfficeSeesTheFormsThatChangeTheDirectory() throws Exception {
		long agriculture = this.directory.resolve("省农委").orElseThrow().id();
		this.mvc.perform(as("nongwei", get("/organisations/{id}", agriculture)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("吉林省农业委员会"), containsString("全称"),
					containsString("/organisations/" + agriculture + "/tasks"), not(containsString("维护（规划办）")))));
		this.mvc.perform(as("nongwei", get("/organisations"))).andExpect(content().string(not(containsString("新增单位"))));
		this.mvc.perform(as("office", get("/organisations/{id}", agriculture)))
			.andExpect(content().string(allOf(containsString("维护（规划办）"), containsString("增加别名"), containsString("更名"),
					containsString("合并"))));
	}

	@Test
	void theOfficeEntersAnOrganisationWithItsAliases() throws Exception {
		String name = unique("省页面测试局");
		String page = this.mvc
			.perform(as("office", post("/organisations")).param("name", name)
				.param("officialName", "吉林" + name)
				.param("aliases", name + "甲、" + name + "乙")
				.param("kind", "government-department"))
			.andExpect(redirectedUrlPattern("/organisations/*"))
			.andExpect(flash().attribute("done", "已新增单位 " + name + "。"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		this.mvc.perform(as("leader", get(page)))
			.andExpect(content()
				.string(stringContainsInOrder(name, "政府部门", "吉林" + name, "全称", name + "甲", "别名", "变更记录", "建立")));
	}

	@Test
	void aFormWithoutNameOrKindOrWithATakenNameIsExplainedInThePage() throws Exception {
		this.mvc.perform(as("office", post("/organisations")).param("name", "").param("kind", ""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("class=\"field-error\"")));
		this.mvc
			.perform(as("office", post("/organisations")).param("name", "省农委").param("kind", "government-department"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("名称“省农委”已是“省农委”的名称或别名；一个名称只能指一个组织。")));
	}

	@Test
	void anAliasAndARenameAreRecordedAndTheRenamedOrganisationShowsItsSuccessor() throws Exception {
		long id = enter(unique("省页面更名局"));
		String alias = unique("页面更名局别名");
		this.mvc.perform(as("office", post("/organisations/{id}/aliases", id)).param("alias", alias))
			.andExpect(redirectedUrl("/organisations/" + id));
		String renamed = unique("省页面新名局");
		String successor = this.mvc
			.perform(as("office", post("/organisations/{id}/rename", id)).param("name", renamed)
				.param("effective", "2024-01-01")
				.param("version", String.valueOf(this.directory.details(id).version())))
			.andExpect(flash().attribute("done", "已更名，现显示更名后的单位。"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		this.mvc.perform(as("leader", get(successor)))
			.andExpect(content().string(allOf(containsString(renamed), containsString("前身"))));
		this.mvc.perform(as("leader", get("/organisations/{id}", id)))
			.andExpect(content()
				.string(stringContainsInOrder("已更名或撤并", alias, "别名", "继任单位", renamed, "变更记录", "增加别名", "更名")));
	}

	@Test
	void aMergerIntoAnExistingOrANewOrganisationNeedsExactlyOneOfThem() throws Exception {
		long first = enter(unique("省页面合并甲局"));
		long second = enter(unique("省页面合并乙局"));
		this.mvc
			.perform(as("office", post("/organisations/{id}/merge", first))
				.param("predecessorIds", String.valueOf(first))
				.param("effective", "2024-03-01"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("请选择并入的单位，或填写新单位名称，二者只选其一。")));
		this.mvc
			.perform(as("office", post("/organisations/{id}/merge", first))
				.param("predecessorIds", String.valueOf(first))
				.param("successorId", String.valueOf(first))
				.param("effective", "2024-03-01"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("不能并入自身")));
		String merged = unique("省页面合并丙局");
		String page = this.mvc
			.perform(as("office", post("/organisations/{id}/merge", first))
				.param("predecessorIds", String.valueOf(first))
				.param("predecessorIds", String.valueOf(second))
				.param("newSuccessorName", merged)
				.param("effective", "2024-03-01"))
			.andExpect(flash().attribute("done", "已合并，现显示合并后的单位。"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		this.mvc.perform(as("leader", get(page)))
			.andExpect(content().string(stringContainsInOrder(merged, "前身", "省页面合并甲局", "省页面合并乙局")));
	}

	@Test
	void aChangeOnAVersionSomeoneElseChangedIsAConflictShownInThePage() throws Exception {
		long id = enter(unique("省页面冲突局"));
		this.mvc
			.perform(as("office", post("/organisations/{id}/aliases", id)).param("alias", unique("冲突别名"))
				.param("version", "9999"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("这个单位在您打开页面后已被他人修改，您的修改没有保存。")));
	}

	@Test
	void anOrganisationThatDoesNotExistIsAPageThatDoesNotExist() throws Exception {
		this.mvc.perform(as("leader", get("/organisations/999999"))).andExpect(status().isNotFound());
	}

	private long enter(String name) throws Exception {
		String page = this.mvc
			.perform(as("office", post("/organisations")).param("name", name).param("kind", "government-department"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return Long.parseLong(page.substring(page.lastIndexOf('/') + 1));
	}

	private String link(String name) {
		return "<a href=\"/organisations/" + this.directory.resolve(name).orElseThrow().id() + "\">" + name + "</a>";
	}

	private static String unique(String name) {
		return name + SERIAL.incrementAndGet() + "号" + System.nanoTime() % 100000;
	}

	private MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder request) {
		return request.with(user(this.accounts.loadUserByUsername(username))).with(csrf());
	}

}
