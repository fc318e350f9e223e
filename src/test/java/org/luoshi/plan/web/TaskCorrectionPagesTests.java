package org.luoshi.plan.web;

import org.junit.jupiter.api.Test;
import org.luoshi.organisation.OrganisationDirectory;
import org.luoshi.plan.PlanRegister;
import org.luoshi.plan.TaskSummary;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.stringContainsInOrder;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The office corrects a task on its page — words, an organisation added or removed,
 * another lead — each with the version it saw; a stale version and a refused correction
 * are answered in the page, and nobody else may post.
 */
@RegisterEditingTest
class TaskCorrectionPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	RegisterEditing editing;

	@Autowired
	PlanRegister register;

	@Autowired
	OrganisationDirectory directory;

	@Test
	void theOfficeCorrectsTheWordsAndTheHistoryShowsWhoWhenWhatAndWhy() throws Exception {
		TaskSummary task = this.editing.countyTask(PlanPageFixtures.PLATFORM);
		String corrected = PlanPageFixtures.PLATFORM + "，覆盖县乡两级。";
		this.mvc
			.perform(this.editing.asOffice(post("/tasks/{id}/text", task.id()))
				.param("version", String.valueOf(this.editing.version(task.id())))
				.param("text", corrected)
				.param("reason", "与原件核对"))
			.andExpect(redirectedUrl("/tasks/" + task.id()))
			.andExpect(flash().attribute("done", "已更正任务内容。"));
		this.mvc.perform(this.editing.asOffice(get("/tasks/{id}", task.id())))
			.andExpect(content().string(stringContainsInOrder("<p class=\"task-text\">" + corrected, "更正记录", "office",
					"任务内容", "<ins>" + corrected + "</ins>", "与原件核对")));
	}

	@Test
	void theTaskPageShowsTheTimeLimitItsClauseStates() throws Exception {
		TaskSummary task = this.editing.countyTask(PlanPageFixtures.PLATFORM);
		this.mvc.perform(this.editing.asOffice(get("/tasks/{id}", task.id())))
			.andExpect(content()
				.string(stringContainsInOrder("省财政厅参与，2022年底前完成）", "完成时限：", "<strong>2022年底前完成</strong>")));
		TaskSummary roads = this.editing.countyTask(PlanPageFixtures.ROADS);
		this.mvc.perform(this.editing.asOffice(get("/tasks/{id}", roads.id())))
			.andExpect(content().string(not(containsString("完成时限"))));
	}

	@Test
	void anOrganisationIsAddedWithARoleAndRemovedAgain() throws Exception {
		TaskSummary task = this.editing.countyTask(PlanPageFixtures.PLATFORM);
		long statistics = organisation("省统计局");
		this.mvc
			.perform(this.editing.asOffice(post("/tasks/{id}/organisations", task.id()))
				.param("version", String.valueOf(this.editing.version(task.id())))
				.param("organisationId", String.valueOf(statistics))
				.param("role", "supporting"))
			.andExpect(redirectedUrl("/tasks/" + task.id()));
		assertThat(this.register.task(task.id()).summary().assignments())
			.anyMatch((a) -> a.organisationId() == statistics && a.role().equals("supporting"));
		this.mvc
			.perform(this.editing.asOffice(post("/tasks/{id}/organisations/remove", task.id()))
				.param("version", String.valueOf(this.editing.version(task.id())))
				.param("organisationId", String.valueOf(statistics))
				.param("reason", "误加"))
			.andExpect(redirectedUrl("/tasks/" + task.id()))
			.andExpect(flash().attribute("done", "已去掉责任单位。"));
		assertThat(this.register.task(task.id()).summary().assignments())
			.noneMatch((a) -> a.organisationId() == statistics);
	}

	@Test
	void theLeadIsHandedToAnotherOfTheTasksOrganisations() throws Exception {
		TaskSummary task = this.editing.countyTask(PlanPageFixtures.ROADS);
		this.mvc
			.perform(this.editing.asOffice(post("/tasks/{id}/lead", task.id()))
				.param("version", String.valueOf(this.editing.version(task.id())))
				.param("organisationId", String.valueOf(organisation("省财政厅"))))
			.andExpect(redirectedUrlPattern("/tasks/*"));
		assertThat(this.register.task(task.id()).summary().lead()).isEqualTo("省财政厅");
	}

	@Test
	void aCorrectionOnAVersionSomeoneElseChangedIsAConflictShownInThePage() throws Exception {
		TaskSummary task = this.editing.countyTask(PlanPageFixtures.ROADS);
		int current = this.register.task(task.id()).version();
		this.mvc
			.perform(this.editing.asOffice(post("/tasks/{id}/text", task.id()))
				.param("version", "9999")
				.param("text", "别人没看到的改动。"))
			.andExpect(status().isConflict())
			.andExpect(content().string(allOf(containsString("落实 Luoshi"),
					containsString("这项任务在您打开页面后已被他人修改（现为第 " + current + " 版），您的更正没有保存。"),
					containsString("name=\"version\" value=\"" + current + "\""),
					not(containsString(">别人没看到的改动。</textarea>")))));
		assertThat(this.register.task(task.id()).summary().text()).doesNotContain("别人没看到的改动");
	}

	@Test
	void aRefusedCorrectionIsExplainedNextToItsForm() throws Exception {
		TaskSummary task = this.editing.countyTask(PlanPageFixtures.PLATFORM);
		this.mvc
			.perform(this.editing.asOffice(post("/tasks/{id}/organisations", task.id()))
				.param("version", String.valueOf(this.editing.version(task.id())))
				.param("organisationId", String.valueOf(organisation("省发展改革委")))
				.param("role", "participant"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(stringContainsInOrder("增加责任单位", "省发展改革委 已经是这项任务的责任单位", "去掉责任单位")));
		this.mvc
			.perform(this.editing.asOffice(post("/tasks/{id}/lead", task.id()))
				.param("version", String.valueOf(this.editing.version(task.id()))))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(stringContainsInOrder("更换牵头单位", "请先选择单位。")));
		// the reader who chose English reads the refusal in English
		this.mvc
			.perform(this.editing.asOffice(post("/tasks/{id}/organisations", task.id()))
				.param("lang", "en")
				.param("version", String.valueOf(this.editing.version(task.id())))
				.param("organisationId", String.valueOf(organisation("省发展改革委")))
				.param("role", "participant"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("省发展改革委 is already responsible for this task.")));
	}

	@Test
	void nobodyButTheOfficeMayCorrectATask() throws Exception {
		TaskSummary task = this.editing.countyTask(PlanPageFixtures.PLATFORM);
		for (String username : new String[] { "leader", "nongwei", "nongwei-approver" }) {
			this.mvc
				.perform(this.editing.as(username, post("/tasks/{id}/text", task.id()))
					.param("version", String.valueOf(this.editing.version(task.id())))
					.param("text", "不该写进去的字。"))
				.andExpect(status().isForbidden());
		}
		this.mvc
			.perform(post("/tasks/{id}/text", task.id()).with(csrf()).param("version", "0").param("text", "不该写进去的字。"))
			.andExpect(redirectedUrl("/login"));
		assertThat(this.register.task(task.id()).summary().text()).doesNotContain("不该写进去的字");
	}

	private long organisation(String name) {
		return this.directory.resolve(name).orElseThrow().id();
	}

}
