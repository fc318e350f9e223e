package org.luoshi.notice;

import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Lists of responsible organisations the way other governments write them, each in a
 * short notice of the genre: the others (等) closing the departments before a collective,
 * several organisations convening the others concerned, the level of government written
 * once for a list.
 */
class ResponsibilityListTests {

	private static final String GENERAL_OFFICE = """
			国务院办公厅关于印发促进养老托育服务健康发展重点任务分工方案的通知
			国办函〔2026〕15号
			各省、自治区、直辖市人民政府，国务院各部委、各直属机构：
			　　经国务院同意，现将《促进养老托育服务健康发展重点任务分工方案》印发给你们，请认真贯彻落实。
			　　一、健全服务体系
			　　（一）扩大普惠性服务供给。支持新建、改扩建一批普惠养老托育机构。（国家发展改革委、民政部、国家卫生健康委等和各有关省级人民政府负责）
			　　（二）强化职业技能培训。（人力资源社会保障部、教育部等部门和各省级人民政府按职责分工负责）
			　　二、强化要素保障
			　　（三）加大财政投入力度。（财政部牵头，国家发展改革委等和地方各级人民政府按职责分工负责）
			　　国务院办公厅
			　　2026年3月2日
			""";

	@Test
	void theOthersBeforeAndCloseTheDepartmentsAndTheCollectiveFollows() {
		NoticeDraft draft = NoticeFixtures.parse(GENERAL_OFFICE);
		List<TaskDraft> tasks = draft.tasks().toList();
		assertThat(tasks).hasSize(3);
		assertThat(roles(tasks.get(0))).containsExactly("国家发展改革委:responsible", "民政部:responsible", "国家卫生健康委:responsible",
				"各有关省级人民政府:responsible");
		assertThat(tasks.get(0).openEnded()).isTrue();
		assertThat(tasks.get(0).lead()).isNull();
		assertThat(tasks.get(0).responsible().get(3).collective()).isTrue();
		assertThat(tasks.get(0).responsible().get(3).kind()).isEqualTo(OrganisationKinds.PROVINCIAL_GOVERNMENT);
		assertThat(roles(tasks.get(1))).containsExactly("人力资源社会保障部:by-duty", "教育部:by-duty", "各省级人民政府:by-duty");
		assertThat(tasks.get(1).openEnded()).isTrue();
		assertThat(roles(tasks.get(2))).containsExactly("财政部:lead", "国家发展改革委:by-duty", "地方各级人民政府:by-duty");
		assertThat(tasks.get(2).lead()).isEqualTo("财政部");
		assertThat(NoticeFixtures.lineWarnings(draft)).isEmpty();
	}

	@Test
	void underTheLeadRuleTheFirstOfTheOthersLeads() {
		NoticeDraft draft = NoticeFixtures.parse(GENERAL_OFFICE.replace("请认真贯彻落实。", "请认真贯彻落实。各项任务中排在第一位的部门为牵头部门。"));
		TaskDraft task = draft.tasks().findFirst().orElseThrow();
		assertThat(task.lead()).isEqualTo("国家发展改革委");
		assertThat(task.responsibleNames()).containsExactly("国家发展改革委", "民政部", "国家卫生健康委", "各有关省级人民政府");
	}

	private static final String CITY_OFFICE = """
			某市人民政府办公室关于印发某市优化营商环境三年行动计划任务分工的通知
			各区、县人民政府，市政府各部门：
			　　现将《某市优化营商环境三年行动计划》任务分工印发给你们，请认真组织实施。
			　　一、提升政务服务效能
			　　（一）推进政务服务标准化。编制市级政务服务事项标准化清单，统一办事指南。（市政务服务管理局、市司法局会同有关部门负责）
			　　（二）深化“一网通办”。推动高频事项全程网办。（市大数据局会同有关部门负责）
			　　（三）完善企业服务体系。建立企业诉求直达机制。（市发展改革委会同市工业和信息化局、市财政局负责）
			　　二、工作要求
			　　各责任单位要于每年12月10日前将工作进展情况报送市政府督查室。
			　　某市人民政府办公室
			　　2026年4月8日
			""";

	@Test
	void severalConvenersWithoutALeadRuleHaveNoLead() {
		List<TaskDraft> tasks = NoticeFixtures.parse(CITY_OFFICE).tasks().toList();
		assertThat(tasks).extracting(TaskDraft::mode, TaskDraft::lead, TaskDraft::openEnded)
			.containsExactly(tuple(ResponsibilityMode.RESPONSIBLE, null, true),
					tuple(ResponsibilityMode.RESPONSIBLE, "市大数据局", true),
					tuple(ResponsibilityMode.RESPONSIBLE, "市发展改革委", false));
		assertThat(roles(tasks.get(0))).containsExactly("市政务服务管理局:responsible", "市司法局:responsible");
		assertThat(roles(tasks.get(2))).containsExactly("市发展改革委:lead", "市工业和信息化局:responsible", "市财政局:responsible");
	}

	@Test
	void severalConvenersUnderTheLeadRuleAreLedByTheFirst() {
		NoticeDraft draft = NoticeFixtures
			.parse(CITY_OFFICE.replace("请认真组织实施。", "请认真组织实施。各项任务中列第一位者为牵头单位，其他单位按职责分工负责。"));
		TaskDraft task = draft.tasks().findFirst().orElseThrow();
		assertThat(task.lead()).isEqualTo("市政务服务管理局");
		assertThat(roles(task)).containsExactly("市政务服务管理局:lead", "市司法局:responsible");
	}

	private static final String CITY = """
			某市人民政府关于印发某市城市更新行动实施方案任务分工的通知
			各区、县人民政府，市政府各部门（单位）：
			　　现将《某市城市更新行动实施方案》任务分工印发给你们，请认真贯彻执行。
			　　一、完善城市功能
			　　（一）推进老旧小区改造。2026年底前完成老旧小区改造200个。（市城管局、城乡建设委、南部山区管委会负责）
			　　（二）加强市政设施建设。（市城乡建设委牵头，城管局、市场监管局、国网某供电公司配合）
			　　（三）提升公共服务水平。（市教育局、卫生健康委和各区、县政府按职责分工负责）
			　　二、强化保障措施
			　　（四）加大资金支持。（市财政局、发展改革委、国家开发银行某分行、团市委、外办负责）
			　　某市人民政府
			　　2026年5月6日
			""";

	@Test
	void theLevelWrittenOnceCarriesToTheDepartmentsAfterIt() {
		NoticeDraft draft = NoticeFixtures.parse(CITY);
		List<TaskDraft> tasks = draft.tasks().toList();
		assertThat(tasks).extracting(TaskDraft::responsibleNames)
			.containsExactly(List.of("市城管局", "市城乡建设委", "市南部山区管委会"), List.of("市城乡建设委", "市城管局", "市市场监管局", "国网某供电公司"),
					List.of("市教育局", "市卫生健康委", "各区政府", "各县政府"), List.of("市财政局", "市发展改革委", "国家开发银行某分行", "团市委", "外办"));
		assertThat(tasks.get(0).responsible()).extracting(ResponsibleOrganisation::written)
			.containsExactly("市城管局", "城乡建设委", "南部山区管委会");
		assertThat(tasks.get(0).responsibilityClause()).isEqualTo("（市城管局、城乡建设委、南部山区管委会负责）");
		assertThat(tasks.get(0).responsible()).extracting(ResponsibleOrganisation::kind)
			.containsOnly(OrganisationKinds.MUNICIPAL_UNIT);
		assertThat(roles(tasks.get(1))).containsExactly("市城乡建设委:lead", "市城管局:supporting", "市市场监管局:supporting",
				"国网某供电公司:supporting");
		assertThat(NoticeFixtures.lineWarnings(draft)).isEmpty();
	}

	@Test
	void theJsonGivesTheCompletedNameAndTheNameAsWritten() {
		JsonNode details = JsonMapper.builder()
			.build()
			.readTree(NoticeJson.write(NoticeFixtures.parse(CITY), "city"))
			.get("chapters")
			.get(0)
			.get("sections")
			.get(0)
			.get("tasks")
			.get(0)
			.get("responsible_details");
		assertThat(details.get(0).has("written_as")).isFalse();
		assertThat(details.get(1).get("name").asString()).isEqualTo("市城乡建设委");
		assertThat(details.get(1).get("written_as").asString()).isEqualTo("城乡建设委");
	}

	@Test
	void inAProvincesNoticeTheProvinceCarriesButNoPlaceNationalBodyOrEnterpriseTakesIt() {
		NoticeDraft draft = NoticeFixtures.parse("""
				某省人民政府关于印发某省国民经济和社会发展第十五个五年规划纲要主要目标和任务分工方案的通知
				　　现将分工方案印发给你们，请认真贯彻执行。
				　　（一）推进创新发展。
				　　加快建设创新型省份，提升企业技术创新能力。（省发展改革委、财政厅、科技厅负责）
				　　（二）扩大对外开放。
				　　推进跨境贸易便利化。（省商务厅牵头，外事办、国家税务总局某省税务局、人民银行某中心支行配合）
				　　支持边境地区开放发展。（省商务厅、延边州商务局、省委宣传部、统计局负责）
				　　争取国家重大项目布局。（省财政厅、发展改革委负责）
				""");
		assertThat(draft.tasks()).extracting(TaskDraft::responsibleNames)
			.containsExactly(List.of("省发展改革委", "省财政厅", "省科技厅"), List.of("省商务厅", "省外事办", "国家税务总局某省税务局", "人民银行某中心支行"),
					List.of("省商务厅", "延边州商务局", "省委宣传部", "统计局"), List.of("省财政厅", "发展改革委"));
	}

	static List<String> roles(TaskDraft task) {
		return task.responsible().stream().map(o -> o.name() + ":" + o.role().code()).toList();
	}

}
