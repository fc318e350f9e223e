package org.luoshi.notice;

import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A clause that also states a rule for the tasks after it — 以下均需试点城市政府落实，不再列出 — is read
 * as a clause, and the tasks after it carry that organisation in that role, marked as
 * coming from the rule.
 */
class StandingRuleTests {

	private static final String PILOT = """
			国务院办公厅关于印发城市更新试点工作重点任务分工方案的通知
			国办函〔2026〕21号
			各省、自治区、直辖市人民政府，国务院各部委、各直属机构：
			　　经国务院同意，现将《城市更新试点工作重点任务分工方案》印发给你们，请认真贯彻落实。
			　　一、完善城市更新体制机制
			　　（一）建立城市更新项目库。2026年底前建成城市更新项目库，实行动态管理。（住房城乡建设部指导，试点城市政府负责落实。以下均需试点城市政府落实，不再列出）
			　　（二）健全城市体检评估制度。（住房城乡建设部、自然资源部按职责分工负责）
			　　二、强化政策保障
			　　（三）加大金融支持力度。（人民银行、金融监管总局按职责分工负责，2026年底前出台）
			　　（四）完善用地政策。（自然资源部负责）
			　　国务院办公厅
			　　2026年6月10日
			""";

	@Test
	void theClauseIsReadAndTheTasksAfterItCarryTheOrganisationFromTheRule() {
		NoticeDraft draft = NoticeFixtures.parse(PILOT);
		List<TaskDraft> tasks = draft.tasks().toList();
		assertThat(tasks).extracting(TaskDraft::mode, TaskDraft::lead, TaskDraft::timeLimit)
			.containsExactly(tuple(ResponsibilityMode.RESPONSIBLE, "试点城市政府", null),
					tuple(ResponsibilityMode.BY_DUTY, null, null), tuple(ResponsibilityMode.BY_DUTY, null, "2026年底前出台"),
					tuple(ResponsibilityMode.RESPONSIBLE, "自然资源部", null));
		assertThat(tasks.get(0).text()).isEqualTo("建立城市更新项目库。2026年底前建成城市更新项目库，实行动态管理。");
		assertThat(tasks.get(0).responsibilityClause()).isEqualTo("（住房城乡建设部指导，试点城市政府负责落实。以下均需试点城市政府落实，不再列出）");
		assertThat(roles(tasks.get(0))).containsExactly("住房城乡建设部:guiding", "试点城市政府:lead");
		assertThat(roles(tasks.get(1))).containsExactly("住房城乡建设部:by-duty", "自然资源部:by-duty",
				"试点城市政府:responsible (rule)");
		assertThat(roles(tasks.get(2))).containsExactly("人民银行:by-duty", "金融监管总局:by-duty", "试点城市政府:responsible (rule)");
		assertThat(roles(tasks.get(3))).containsExactly("自然资源部:lead", "试点城市政府:responsible (rule)");
		assertThat(NoticeFixtures.lineWarnings(draft)).isEmpty();
	}

	@Test
	void theJsonMarksTheOrganisationFromTheRule() {
		JsonNode chapters = JsonMapper.builder()
			.build()
			.readTree(NoticeJson.write(NoticeFixtures.parse(PILOT), "pilot"))
			.get("chapters");
		JsonNode stating = chapters.get(0).get("sections").get(0).get("tasks").get(0);
		JsonNode carrying = chapters.get(1).get("sections").get(1).get("tasks").get(0);
		assertThat(stating.get("responsible_details").get(1).has("from_rule")).isFalse();
		assertThat(carrying.get("responsible").toString()).isEqualTo("[\"自然资源部\",\"试点城市政府\"]");
		assertThat(carrying.get("responsible_details").get(1).get("from_rule").asBoolean()).isTrue();
		assertThat(carrying.get("lead").asString()).isEqualTo("自然资源部");
	}

	@Test
	void aRuleForItsPartHoldsOnlyUntilThePartEnds() {
		NoticeDraft draft = NoticeFixtures.parse(PILOT.replace("以下均需试点城市政府落实", "本部分以下任务均需试点城市政府落实"));
		assertThat(draft.tasks()).extracting(TaskDraft::responsibleNames)
			.containsExactly(List.of("住房城乡建设部", "试点城市政府"), List.of("住房城乡建设部", "自然资源部", "试点城市政府"),
					List.of("人民银行", "金融监管总局"), List.of("自然资源部"));
	}

	@Test
	void aRuleAfterACommaInsteadOfAFullStop() {
		NoticeDraft draft = NoticeFixtures
			.parse(PILOT.replace("（住房城乡建设部指导，试点城市政府负责落实。以下均需试点城市政府落实，不再列出）", "（住房城乡建设部牵头，以下各项任务均需各省级人民政府落实，不再一一列出）"));
		List<TaskDraft> tasks = draft.tasks().toList();
		assertThat(roles(tasks.get(0))).containsExactly("住房城乡建设部:lead");
		assertThat(roles(tasks.get(3))).containsExactly("自然资源部:lead", "各省级人民政府:responsible (rule)");
		assertThat(tasks.get(3).responsible().get(1).expandsTo()).hasSize(31);
	}

	@Test
	void aRuleWordedAsConcerningTheCitiesWithoutAnotherDivision() {
		NoticeDraft draft = NoticeFixtures.parse("""
				某省发展和改革委员会关于印发某省“十五五”现代流通体系建设实施方案的通知
				各市（州）人民政府、省级有关部门：
				　　经省政府同意，现将《某省“十五五”现代流通体系建设实施方案》印发给你们，请认真贯彻实施。
				　　一、深化现代流通市场化改革
				　　（一）加强市场体系建设。推进高标准市场体系建设。（省发展改革委、省市场监管局按职责分工负责。具体任务均涉及相关市（州）人民政府，不再做分工，下同）
				　　（二）优化市场准入环境。持续推进“一网通办”。（省市场监管局负责）
				　　二、完善现代流通网络
				　　（三）建设骨干流通走廊。（省交通运输厅牵头，省商务厅配合）
				""");
		List<TaskDraft> tasks = draft.tasks().toList();
		assertThat(roles(tasks.get(0))).containsExactly("省发展改革委:by-duty", "省市场监管局:by-duty");
		assertThat(roles(tasks.get(1))).containsExactly("省市场监管局:lead", "相关市（州）人民政府:responsible (rule)");
		assertThat(roles(tasks.get(2))).containsExactly("省交通运输厅:lead", "省商务厅:supporting",
				"相关市（州）人民政府:responsible (rule)");
		assertThat(NoticeFixtures.lineWarnings(draft)).isEmpty();
	}

	private static List<String> roles(TaskDraft task) {
		return task.responsible()
			.stream()
			.map(o -> o.name() + ":" + o.role().code() + (o.fromRule() ? " (rule)" : ""))
			.toList();
	}

}
