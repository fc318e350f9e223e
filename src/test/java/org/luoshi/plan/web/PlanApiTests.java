package org.luoshi.plan.web;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.luoshi.notice.NoticeFixtures;
import org.luoshi.organisation.OrganisationDirectory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The register's REST API as a script uses it, on the application started with the demo
 * data: plans, tasks, who does what, imports, corrections, and problem details for every
 * refusal.
 */
@SpringBootTest(properties = "luoshi.demo.enabled=true")
@AutoConfigureMockMvc
class PlanApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	OrganisationDirectory directory;

	/** Every request as the demo planning office, over HTTP Basic like a script. */
	private static <B extends org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder<B>> B office(
			B request) {
		return request.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
			.httpBasic("office", "luoshi-demo"));
	}

	private long planId() throws Exception {
		MvcResult result = mvc.perform(office(get("/api/plans"))).andExpect(status().isOk()).andReturn();
		return Long.parseLong(result.getResponse().getContentAsString().replaceAll("(?s)^\\[\\{\"id\":(\\d+).*", "$1"));
	}

	@Test
	void listsTheSeedPlanAndItsHundredAndFortySixTasks() throws Exception {
		mvc.perform(office(get("/api/plans")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].title").value("吉林省国民经济和社会发展第十二个五年规划纲要"))
			.andExpect(jsonPath("$[0].chapters", hasSize(13)));
		mvc.perform(office(get("/api/plans/{id}/tasks", planId())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(146))
			.andExpect(jsonPath("$.items", hasSize(146)))
			.andExpect(jsonPath("$.items[0].code").value("1.0.1"))
			.andExpect(jsonPath("$.items[0].lead").value("省国土资源厅"));
		mvc.perform(office(get("/api/plans/{id}/structure", planId())))
			.andExpect(jsonPath("$.chapters", hasSize(13)))
			.andExpect(jsonPath("$.chapters[1].sections", hasSize(4)));
	}

	@Test
	void theDevelopmentCommissionsTasksWithWhatItLeadsSharesAndAnswersForByDuty() throws Exception {
		long ndrc = directory.resolve("省发展改革委").orElseThrow().id();
		mvc.perform(office(get("/api/organisations/{id}/tasks", ndrc)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(50))
			.andExpect(jsonPath("$.tasks", hasSize(50)))
			.andExpect(jsonPath("$.leads").value(31))
			.andExpect(jsonPath("$.leadsAlone").value(12))
			.andExpect(jsonPath("$.shares").value(18))
			.andExpect(jsonPath("$.byDuty").value(1));
	}

	@Test
	void filtersTasksAndPages() throws Exception {
		long plan = planId();
		mvc.perform(office(get("/api/plans/{id}/tasks", plan).param("q", "森林覆盖率")))
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].code").value("1.0.7"));
		mvc.perform(office(get("/api/plans/{id}/tasks", plan).param("size", "20").param("page", "7")))
			.andExpect(jsonPath("$.items", hasSize(6)))
			.andExpect(jsonPath("$.total").value(146));
		mvc.perform(office(get("/api/plans/{id}/tasks", plan).param("size", "5000")))
			.andExpect(status().isBadRequest())
			.andExpect(header().string("Content-Type", MediaType.APPLICATION_PROBLEM_JSON_VALUE));
	}

	@Test
	void unknownPlansAndTasksAreProblems() throws Exception {
		mvc.perform(office(get("/api/plans/999999/tasks")))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.refusal").value("PlanNotFound"))
			.andExpect(jsonPath("$.detail").value("没有编号为 999999 的规划"));
		mvc.perform(office(get("/api/tasks/999999"))).andExpect(status().isNotFound());
	}

	@Test
	void refusalsSpeakEnglishToAClientThatAsksForIt() throws Exception {
		mvc.perform(office(get("/api/plans/999999/tasks").header("Accept-Language", "en")))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.refusal").value("PlanNotFound"))
			.andExpect(jsonPath("$.detail").value("No plan has the id 999999."));
		mvc.perform(office(get("/api/tasks/999999").param("lang", "en")))
			.andExpect(jsonPath("$.detail").value("No task has the id 999999."));
		long plan = planId();
		MvcResult tasks = mvc.perform(office(get("/api/plans/{id}/tasks", plan).param("size", "1"))).andReturn();
		String taskId = tasks.getResponse().getContentAsString().replaceAll("(?s).*?\"id\":(\\d+).*", "$1");
		String etag = mvc.perform(office(get("/api/tasks/{id}", taskId))).andReturn().getResponse().getHeader("ETag");
		mvc.perform(office(patch("/api/tasks/{id}", taskId).header("If-Match", etag)
			.header("Accept-Language", "en-GB,en;q=0.9")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\":\"text\",\"text\":\"  \"}")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.refusal").value("CorrectionRefused"))
			.andExpect(jsonPath("$.detail").value("The task's text cannot be empty."));
		// without the header, or with a Chinese one, the detail stays Chinese
		mvc.perform(office(get("/api/tasks/999999").header("Accept-Language", "zh-CN,zh;q=0.9")))
			.andExpect(jsonPath("$.detail").value("没有编号为 999999 的任务"));
	}

	@Test
	void anUnreadableUploadSaysWhyAndStoresNothing() throws Exception {
		mvc.perform(office(
				multipart("/api/imports").file(new MockMultipartFile("file", "empty.txt", "text/plain", new byte[0]))))
			.andExpect(status().isUnprocessableContent())
			.andExpect(header().string("Content-Type", MediaType.APPLICATION_PROBLEM_JSON_VALUE))
			.andExpect(jsonPath("$.refusal").value("UnreadableNotice"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("empty.txt")));
	}

	@Test
	void theImportersWarningsComeInTheClientsLanguage() throws Exception {
		MvcResult uploaded = mvc
			.perform(office(multipart("/api/imports").file(PlanPageFixtures.noticeWithAGapInItsNumbering())))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.draft.warnings[0].line").value(6))
			.andExpect(jsonPath("$.draft.warnings[0].code").value("numbering"))
			.andExpect(jsonPath("$.draft.warnings[0].message").value("编号「3.」接在「1.」之后，序号不连续"))
			.andReturn();
		String location = uploaded.getResponse().getHeader("Location");
		mvc.perform(office(get(location).header("Accept-Language", "en")))
			.andExpect(jsonPath("$.draft.warnings[0].line").value(6))
			.andExpect(jsonPath("$.draft.warnings[0].code").value("numbering"))
			.andExpect(jsonPath("$.draft.warnings[0].message")
				.value("The number 「3.」 follows 「1.」: the numbering skips."));
		mvc.perform(office(post(location + "/discard"))).andExpect(status().isNoContent());
	}

	@Test
	void anUnreadableUploadSaysWhyInTheClientsLanguage() throws Exception {
		mvc.perform(office(
				multipart("/api/imports").file(new MockMultipartFile("file", "empty.txt", "text/plain", new byte[0]))
					.header("Accept-Language", "en")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.refusal").value("UnreadableNotice"))
			.andExpect(jsonPath("$.code").value("unreadable-notice"))
			.andExpect(jsonPath("$.reason").value("empty-file"))
			.andExpect(jsonPath("$.detail").value(
					"The file \"empty.txt\" is empty (0 bytes): it holds no notice; check that you chose the right file."));
		byte[] nul = "一、任务\n1.建设平台。（省财政厅负责）\n".getBytes(StandardCharsets.UTF_8);
		nul[3] = 0;
		mvc.perform(office(multipart("/api/imports").file(new MockMultipartFile("file", "nul.txt", "text/plain", nul))))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.reason").value("nul-byte"))
			.andExpect(jsonPath("$.byteOffset").value(3))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("字节偏移 3 处是 NUL")));
	}

	@Test
	@DirtiesContext
	void theSameNoticeUploadedAgainIsRecognisedAndRefusedOnConfirm() throws Exception {
		MvcResult uploaded = mvc
			.perform(office(multipart("/api/imports")
				.file(new MockMultipartFile("file", "seed.txt", "text/plain", NoticeFixtures.seedBytes()))))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.kind").value("ALREADY_IMPORTED"))
			.andExpect(jsonPath("$.draft.chapters", hasSize(13)))
			.andReturn();
		String location = uploaded.getResponse().getHeader("Location");
		mvc.perform(office(post(location + "/confirm")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.refusal").value("NoticeAlreadyImported"))
			.andExpect(jsonPath("$.planId").value(planId()));
	}

	@Test
	@DirtiesContext
	void theDivisionSpreadsheetGoesOutAndComesBackWithoutChangingTheRegister() throws Exception {
		long plan = planId();
		String before = mvc.perform(office(get("/api/plans/{id}/tasks", plan)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		byte[] xlsx = mvc.perform(office(get("/api/plans/{id}/division.xlsx", plan)))
			.andExpect(status().isOk())
			.andExpect(
					header().string("Content-Type", org.hamcrest.Matchers.startsWith("application/vnd.openxmlformats")))
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("attachment")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		MvcResult uploaded = mvc
			.perform(office(multipart("/api/plans/{id}/revisions", plan)
				.file(new MockMultipartFile("file", "分工表.xlsx", "application/octet-stream", xlsx))))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.kind").value("REVISION"))
			.andExpect(jsonPath("$.revision.unchanged").value(146))
			.andExpect(jsonPath("$.revision.added", hasSize(0)))
			.andExpect(jsonPath("$.revision.removed", hasSize(0)))
			.andExpect(jsonPath("$.revision.changed", hasSize(0)))
			.andExpect(jsonPath("$.revision.reassigned", hasSize(0)))
			.andReturn();
		mvc.perform(office(post(uploaded.getResponse().getHeader("Location") + "/confirm")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.revision").value(2));
		String after = mvc.perform(office(get("/api/plans/{id}/tasks", plan)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		org.assertj.core.api.Assertions.assertThat(after).isEqualTo(before);
	}

	@Test
	void aMalformedSpreadsheetIsRefusedRowByRow() throws Exception {
		long plan = planId();
		byte[] xlsx = mvc.perform(office(get("/api/plans/{id}/division.xlsx", plan)))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
				new java.io.ByteArrayInputStream(xlsx));
				java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
			org.apache.poi.ss.usermodel.Row row = book.getSheet("分工表").getRow(2);
			row.removeCell(row.getCell(6));
			row.createCell(6).setCellValue("主办");
			book.write(out);
			xlsx = out.toByteArray();
		}
		mvc.perform(office(multipart("/api/plans/{id}/revisions", plan)
			.file(new MockMultipartFile("file", "分工表.xlsx", "application/octet-stream", xlsx))))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].row").value(3))
			.andExpect(jsonPath("$.errors[0].column").value(org.hamcrest.Matchers.startsWith("G")))
			.andExpect(jsonPath("$.errors[0].message").value("方式“主办”无法识别；应为 牵头、负责、按职责分工负责 之一"))
			.andExpect(jsonPath("$.detail").value("第 3 行 G（方式）：方式“主办”无法识别；应为 牵头、负责、按职责分工负责 之一"));
		mvc.perform(office(multipart("/api/plans/{id}/revisions", plan)
			.file(new MockMultipartFile("file", "分工表.xlsx", "application/octet-stream", xlsx))
			.header("Accept-Language", "en")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.refusal").value("DivisionSheetErrors"))
			.andExpect(jsonPath("$.errors[0].row").value(3))
			.andExpect(jsonPath("$.errors[0].column").value("G（方式）"))
			.andExpect(jsonPath("$.errors[0].message")
				.value("The mode \"主办\" is not recognised; it is one of 牵头、负责、按职责分工负责."))
			.andExpect(jsonPath("$.detail")
				.value("Row 3, G（方式）: The mode \"主办\" is not recognised; it is one of 牵头、负责、按职责分工负责."));
	}

	@Test
	void theDivisionTableAsCsvIsSafeAgainstFormulas() throws Exception {
		String csv = mvc.perform(office(get("/api/plans/{id}/division.csv", planId())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		org.assertj.core.api.Assertions.assertThat(csv)
			.startsWith("\uFEFF序号,章,节,任务,牵头单位,责任单位,方式,原文行号")
			.contains("1.0.1,（一）约束性指标,,耕地保有量保持在553万公顷。,省国土资源厅,省国土资源厅,牵头,20");
	}

	@Test
	@DirtiesContext
	void aCorrectionNeedsTheVersionItWasMadeOnAndIsRecorded() throws Exception {
		long plan = planId();
		MvcResult tasks = mvc.perform(office(get("/api/plans/{id}/tasks", plan).param("size", "1"))).andReturn();
		String taskId = tasks.getResponse().getContentAsString().replaceAll("(?s).*?\"id\":(\\d+).*", "$1");
		String etag = mvc.perform(office(get("/api/tasks/{id}", taskId))).andReturn().getResponse().getHeader("ETag");
		String body = "{\"kind\":\"text\",\"text\":\"耕地保有量保持在553万公顷以上。\",\"reason\":\"核对原文\"}";
		mvc.perform(office(patch("/api/tasks/{id}", taskId).contentType(MediaType.APPLICATION_JSON).content(body)))
			.andExpect(status().isPreconditionRequired());
		mvc.perform(office(patch("/api/tasks/{id}", taskId).header("If-Match", etag)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body.getBytes(StandardCharsets.UTF_8))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.summary.text").value("耕地保有量保持在553万公顷以上。"))
			.andExpect(jsonPath("$.corrections[0].field").value("text"))
			.andExpect(jsonPath("$.corrections[0].previousValue").value("耕地保有量保持在553万公顷。"))
			.andExpect(jsonPath("$.corrections[0].reason").value("核对原文"));
		mvc.perform(office(patch("/api/tasks/{id}", taskId).header("If-Match", etag)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body.getBytes(StandardCharsets.UTF_8))))
			.andExpect(status().isPreconditionFailed())
			.andExpect(header().string("Content-Type", MediaType.APPLICATION_PROBLEM_JSON_VALUE));
	}

}
