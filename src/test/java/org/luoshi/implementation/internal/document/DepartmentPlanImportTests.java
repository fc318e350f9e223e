package org.luoshi.implementation.internal.document;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.luoshi.implementation.ImplementationFixtures;
import org.luoshi.security.Actor;
import org.luoshi.security.SecurityFixtures;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.luoshi.security.SecurityFixtures.signedInAs;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 省农委 sends its own 实施方案 as a .docx (made in the test, as a department writes it): the
 * application reads its eight measures, proposes the seed tasks they serve — by the
 * number where the document names it, by the words where it quotes the task — and keeps
 * nothing until the reporter confirms; a corrected proposal and an item left out are kept
 * as chosen, with the line each came from and its milestones. A text file, an empty
 * document, a task the organisation does not carry and a stale version are refused with
 * nothing kept.
 */
@SpringBootTest(properties = "luoshi.demo.enabled=true")
@AutoConfigureMockMvc
class DepartmentPlanImportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	final ObjectMapper json = new ObjectMapper();

	long plan;

	long nongwei;

	Actor reporter;

	@BeforeEach
	void seed() {
		ImplementationFixtures.clear(this.jdbc);
		this.plan = ImplementationFixtures.plan(this.jdbc);
		this.nongwei = ImplementationFixtures.organisation(this.jdbc, "省农委");
		this.reporter = SecurityFixtures.reporterOf(this.nongwei);
	}

	@AfterEach
	void leaveNoTrace() {
		ImplementationFixtures.clear(this.jdbc);
	}

	String path() {
		return "/api/plans/" + this.plan + "/implementation-plans/" + this.nongwei;
	}

	JsonNode upload(byte[] content, String name, int status) throws Exception {
		String body = this.mvc
			.perform(post(path() + "/documents").param("fileName", name)
				.with(signedInAs(this.reporter))
				.contentType(MediaType.APPLICATION_OCTET_STREAM)
				.content(content))
			.andExpect(status().is(status))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return this.json.readTree(body);
	}

	String code(JsonNode taskId) {
		return taskId.isNull() ? null : ImplementationFixtures.code(this.jdbc, taskId.asLong());
	}

	long task(String code) {
		return this.jdbc.sql("select id from task where plan_id = :p and code = :c")
			.param("p", this.plan)
			.param("c", code)
			.query(Long.class)
			.single();
	}

	@Test
	void aDepartmentsPlanIsReadProposedConfirmedAndKept() throws Exception {
		JsonNode proposal = upload(JilinDepartmentPlanTests.plan(), "农委实施方案.docx", 201);
		JsonNode items = proposal.get("items");
		assertThat(items).hasSize(8);
		assertThat(List.of(items.get(0), items.get(1), items.get(2), items.get(3), items.get(4), items.get(5),
				items.get(6), items.get(7)))
			.extracting((i) -> code(i.get("taskId")))
			.containsExactly("2.2.1", "2.2.1", "2.2.3", "2.2.3", "2.3.1", "2.3.1", "2.4.3", "2.4.3");
		assertThat(items.get(0).get("basis").asText()).isEqualTo("numbering");
		assertThat(items.get(2).get("basis").asText()).isEqualTo("text");
		assertThat(items.get(1).get("milestones").get(0).get("due").asText()).isEqualTo("2013-06-30");
		// nothing is kept before the reporter confirms
		assertThat(count("implementation_measure")).isZero();
		long document = proposal.get("id").asLong();
		this.mvc.perform(get(path() + "/documents/" + document).with(signedInAs(this.reporter)))
			.andExpect(jsonPath("$.items.length()").value(8));

		// a choice of a task 省农委 does not carry refuses the whole confirmation
		long notOurs = ImplementationFixtures.taskNotOf(this.jdbc, this.nongwei);
		confirm(document, "\"0\"", Map.of(0, notOurs, 1, task("2.2.1"))).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.refusal").value("TaskNotCarried"));
		assertThat(count("implementation_measure")).isZero();

		// item 3 left out, item 5 moved to the task the reporter knows it serves
		Map<Integer, Long> choices = new java.util.LinkedHashMap<>();
		for (int i = 0; i < 8; i++) {
			if (i != 3) {
				choices.put(i, items.get(i).get("taskId").asLong());
			}
		}
		choices.put(5, task("2.4.1"));
		confirm(document, "\"0\"", choices).andExpect(status().isOk())
			.andExpect(jsonPath("$.shown.state").value("draft"));
		assertThat(count("implementation_measure")).isEqualTo(7);
		assertThat(this.jdbc.sql("""
				select t.code from implementation_measure m join task t on t.id = m.task_id
				where m.source_line = 18""").query(String.class).single()).isEqualTo("2.4.1");
		assertThat(this.jdbc.sql("""
				select s.due_by from implementation_milestone s join implementation_measure m on m.id = s.measure_id
				where m.source_line = 9""").query(java.time.LocalDate.class).single())
			.isEqualTo(java.time.LocalDate.of(2013, 6, 30));
		assertThat(this.jdbc.sql("select division from implementation_measure where source_line = 21")
			.query(String.class)
			.single()).isEqualTo("政策法规处");
		// a confirmed document is not confirmed twice
		confirm(document, "\"1\"", choices).andExpect(status().isNotFound());
	}

	@Test
	void aDocumentWithoutItemsOrOfAnotherKindIsRefusedAndNothingKept() throws Exception {
		JsonNode empty = upload(TestDocuments.docx("吉林省农业委员会实施方案"), "空白.docx", 422);
		assertThat(empty.get("refusal").asText()).isEqualTo("DocumentUnreadable");
		assertThat(empty.get("detail").asText()).contains("空白.docx");
		JsonNode text = upload("一、重点任务".getBytes(java.nio.charset.StandardCharsets.UTF_8), "方案.txt", 415);
		assertThat(text.get("refusal").asText()).isEqualTo("DocumentUnreadable");
		upload(new byte[] { 'P', 'K', 3, 4, 1, 2 }, "损坏.docx", 422);
		assertThat(count("implementation_document")).isZero();
		assertThat(count("implementation_measure")).isZero();

		JsonNode proposal = upload(JilinDepartmentPlanTests.plan(), "农委实施方案.docx", 201);
		Map<Integer, Long> choices = Map.of(0, proposal.get("items").get(0).get("taskId").asLong());
		this.mvc
			.perform(post(path() + "/measures").with(signedInAs(this.reporter))
				.header("If-Match", "\"0\"")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"taskId\": " + choices.get(0) + ", \"text\": \"另一位填报人先写的措施\"}"))
			.andExpect(status().isOk());
		confirm(proposal.get("id").asLong(), "\"0\"", choices).andExpect(status().isPreconditionFailed())
			.andExpect(jsonPath("$.detail").value(containsString("刷新")));
		assertThat(count("implementation_measure")).isEqualTo(1);
	}

	org.springframework.test.web.servlet.ResultActions confirm(long document, String ifMatch,
			Map<Integer, Long> choices) throws Exception {
		StringBuilder body = new StringBuilder("{\"choices\": [");
		choices.forEach((item,
				task) -> body.append("{\"item\": ").append(item).append(", \"taskId\": ").append(task).append("},"));
		body.setLength(body.length() - 1);
		body.append("]}");
		return this.mvc
			.perform(post(path() + "/documents/" + document + "/confirmation").with(signedInAs(this.reporter))
				.header("If-Match", ifMatch)
				.contentType(MediaType.APPLICATION_JSON)
				.content(body.toString()));
	}

	private int count(String table) {
		return this.jdbc.sql("select count(*) from " + table).query(Integer.class).single();
	}

}
