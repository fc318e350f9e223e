package org.luoshi.notice;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The forms of responsibility clause that notices of every level use, each read from a
 * realistic task paragraph the way a planning office writes it.
 */
class ResponsibilityClauseTests {

	private static TaskDraft onlyTask(String paragraph) {
		NoticeDraft draft = NoticeFixtures.parse("（一）推进重点工作。\n" + paragraph + "\n");
		List<TaskDraft> tasks = draft.tasks().toList();
		assertThat(tasks).hasSize(1);
		return tasks.get(0);
	}

	private static List<String> roles(TaskDraft task) {
		return task.responsible().stream().map(o -> o.name() + ":" + o.role().code()).toList();
	}

	@Test
	void leadWithParticipants() {
		TaskDraft task = onlyTask("　　强化科技创新引领作用。深入实施国家重点研发计划。（科技部牵头，发展改革委、财政部、中科院参与）");
		assertThat(task.mode()).isEqualTo(ResponsibilityMode.LEAD);
		assertThat(task.lead()).isEqualTo("科技部");
		assertThat(roles(task)).containsExactly("科技部:lead", "发展改革委:participant", "财政部:participant", "中科院:participant");
		assertThat(task.openEnded()).isFalse();
	}

	@Test
	void leadWithSupportingOrganisations() {
		TaskDraft task = onlyTask("增强粮食安全保障能力。（农业部牵头，发展改革委、水利部配合）");
		assertThat(task.mode()).isEqualTo(ResponsibilityMode.LEAD);
		assertThat(roles(task)).containsExactly("农业部:lead", "发展改革委:supporting", "水利部:supporting");
	}

	@Test
	void leadWithAnOpenListAnsweringByDuty() {
		TaskDraft task = onlyTask("构建激励创新的体制机制。（科技部牵头，发展改革委、教育部、财政部等按职责分工负责）");
		assertThat(task.mode()).isEqualTo(ResponsibilityMode.LEAD);
		assertThat(task.lead()).isEqualTo("科技部");
		assertThat(task.openEnded()).isTrue();
		assertThat(roles(task)).containsExactly("科技部:lead", "发展改革委:by-duty", "教育部:by-duty", "财政部:by-duty");
	}

	@Test
	void equalsAnsweringEachForTheirShare() {
		TaskDraft task = onlyTask("加强食品药品安全保障体系建设。（省食安办、省食品药品监管局按职责分工负责）");
		assertThat(task.mode()).isEqualTo(ResponsibilityMode.BY_DUTY);
		assertThat(task.lead()).isNull();
		assertThat(roles(task)).containsExactly("省食安办:by-duty", "省食品药品监管局:by-duty");
	}

	@Test
	void severalAnsweringWithoutALeadRuleHaveNoLead() {
		TaskDraft task = onlyTask("积极探索服务业税收改革。（省国税局、省地税局负责）");
		assertThat(task.mode()).isEqualTo(ResponsibilityMode.RESPONSIBLE);
		assertThat(task.lead()).isNull();
		assertThat(roles(task)).containsExactly("省国税局:responsible", "省地税局:responsible");
	}

	@Test
	void oneOrganisationAnsweringAloneLeads() {
		TaskDraft task = onlyTask("加强城市管理立法和监督。（省住房城乡建设厅负责）");
		assertThat(task.lead()).isEqualTo("省住房城乡建设厅");
		assertThat(roles(task)).containsExactly("省住房城乡建设厅:lead");
	}

	@Test
	void theLeadRuleInAClauseHoldsForTheTasksAfterIt() {
		NoticeDraft draft = NoticeFixtures.parse("""
				（一）推进重点工作。
				　　扩大服务业用地供给。（省国土资源厅、省住房城乡建设厅负责）
				　　改造中低产田。（省发展改革委、省农委负责。列第一位者为牵头部门，下同）
				　　新增节水灌溉面积。（省水利厅、省农委负责）
				""");
		assertThat(draft.tasks().map(TaskDraft::lead)).containsExactly(null, "省发展改革委", "省水利厅");
	}

	@Test
	void theLeadRuleWordedWithUnitsInThePreambleHoldsForEveryTask() {
		NoticeDraft draft = NoticeFixtures.parse("""
				　　现将分工方案印发给你们。各项任务中列第一位者为牵头单位，其他单位按职责分工负责。
				（一）推进重点工作。
				　　加快建设创新型省份。（省科技厅、省发展改革委负责）
				""");
		TaskDraft task = draft.tasks().findFirst().orElseThrow();
		assertThat(task.lead()).isEqualTo("省科技厅");
		assertThat(roles(task)).containsExactly("省科技厅:lead", "省发展改革委:responsible");
	}

	@Test
	void theLeadRuleWordedAsTheDepartmentRankedFirst() {
		NoticeDraft draft = NoticeFixtures.parse("""
				　　排在第一位的部门为牵头部门。
				（一）推进重点工作。
				　　深入推进大众创业万众创新。（发展改革委、科技部、工业和信息化部、人力资源社会保障部负责）
				""");
		TaskDraft task = draft.tasks().findFirst().orElseThrow();
		assertThat(task.lead()).isEqualTo("发展改革委");
		assertThat(task.responsibleNames()).containsExactly("发展改革委", "科技部", "工业和信息化部", "人力资源社会保障部");
	}

	@Test
	void andInsideANameDoesNotSeparate() {
		TaskDraft task = onlyTask("推进职业技能培训。（人力资源和社会保障厅、住房和城乡建设厅和省财政厅负责）");
		assertThat(task.responsibleNames()).containsExactly("人力资源和社会保障厅", "住房和城乡建设厅", "省财政厅");
	}

	@Test
	void governmentDistributesOverTheCitiesBeforeIt() {
		TaskDraft task = onlyTask("加快推进长吉一体化进程。（省发展改革委、省住房城乡建设厅和长春市、吉林市政府负责）");
		assertThat(task.responsibleNames()).containsExactly("省发展改革委", "省住房城乡建设厅", "长春市政府", "吉林市政府");
		assertThat(task.responsible().get(2).kind()).isEqualTo(OrganisationKinds.CITY_GOVERNMENT);
	}

	@Test
	void convenedWithTheOthersConcernedLeavesTheListOpen() {
		TaskDraft task = onlyTask("构建现代农业经营体系。（农业部会同有关部门负责）");
		assertThat(task.responsibleNames()).containsExactly("农业部");
		assertThat(task.openEnded()).isTrue();
		assertThat(task.lead()).isEqualTo("农业部");
	}

	@Test
	void severalConvenedOrganisationsAreNamedAndTheFirstLeads() {
		TaskDraft task = onlyTask("完善监测评估制度。（省发展改革委会同省统计局、省财政厅负责）");
		assertThat(task.responsibleNames()).containsExactly("省发展改革委", "省统计局", "省财政厅");
		assertThat(task.lead()).isEqualTo("省发展改革委");
		assertThat(task.openEnded()).isFalse();
	}

	@Test
	void halfWidthBracketsAndCommas() {
		TaskDraft task = onlyTask("深化行政管理体制改革。(国务院审改办、中央编办牵头,各省级人民政府负责)");
		assertThat(task.mode()).isEqualTo(ResponsibilityMode.LEAD);
		assertThat(task.lead()).isEqualTo("国务院审改办");
		assertThat(roles(task)).containsExactly("国务院审改办:lead", "中央编办:lead", "各省级人民政府:responsible");
		assertThat(task.responsibilityClause()).isEqualTo("(国务院审改办、中央编办牵头,各省级人民政府负责)");
	}

	@Test
	void guidingOrganisationIsKeptWithItsRole() {
		TaskDraft task = onlyTask("推进县域经济发展。（省发展改革委指导，各县（市、区）政府负责）");
		assertThat(roles(task)).containsExactly("省发展改革委:guiding", "各县（市、区）政府:lead");
		assertThat(task.responsible().get(1).collective()).isTrue();
		assertThat(task.responsible().get(1).kind()).isEqualTo(OrganisationKinds.COUNTY_GOVERNMENT);
	}

	@Test
	void otherWordingsOfLeadingAndAnswering() {
		assertThat(roles(onlyTask("完善国防动员体系。（省发展改革委负责牵头，省财政厅组织实施）"))).containsExactly("省发展改革委:lead",
				"省财政厅:responsible");
		assertThat(roles(onlyTask("推进县域经济发展。（省农委牵头抓总，各市（州）政府抓好落实）"))).containsExactly("省农委:lead",
				"各市（州）政府:responsible");
		assertThat(roles(onlyTask("加强安全生产监管。（省安监局负责指导，各市（州）政府负责）"))).containsExactly("省安监局:guiding", "各市（州）政府:lead");
	}

	@Test
	void labelledResponsibilityInsideTheParentheses() {
		TaskDraft task = onlyTask("深化投资体制改革。（牵头单位：省发展改革委；责任单位：省财政厅，省统计局）");
		assertThat(task.mode()).isEqualTo(ResponsibilityMode.LEAD);
		assertThat(roles(task)).containsExactly("省发展改革委:lead", "省财政厅:responsible", "省统计局:responsible");
	}

	@Test
	void labelledResponsibilityOnALineOfItsOwn() {
		NoticeDraft draft = NoticeFixtures.parse("""
				（一）推进城乡融合。
				　　实施乡村振兴战略，推进农业农村现代化。
				　　牵头单位：市农业农村局；配合单位：市财政局、市自然资源局
				""");
		List<TaskDraft> tasks = draft.tasks().toList();
		assertThat(tasks).hasSize(1);
		assertThat(tasks.get(0).text()).isEqualTo("实施乡村振兴战略，推进农业农村现代化。");
		assertThat(tasks.get(0).line()).isEqualTo(2);
		assertThat(tasks.get(0).mode()).isEqualTo(ResponsibilityMode.LEAD);
		assertThat(roles(tasks.get(0))).containsExactly("市农业农村局:lead", "市财政局:supporting", "市自然资源局:supporting");
		assertThat(NoticeFixtures.lineWarnings(draft)).isEmpty();
	}

	@Test
	void labelsSetApartBySpacesUnderANumberedTitle() {
		NoticeDraft draft = NoticeFixtures.parse("""
				（一）建设创新型省份
				1.强化战略科技力量。
				牵头单位：省科技厅    配合单位：省发展改革委、省教育厅
				2.提升企业技术创新能力。
				牵头单位：省科技厅 责任单位：各市（州）政府 完成时限：2025年
				""");
		assertThat(draft.tasks().toList()).extracting(TaskDraft::text, TaskDraft::line, TaskDraft::timeLimit)
			.containsExactly(tuple("强化战略科技力量。", 2, null), tuple("提升企业技术创新能力。", 4, "2025年"));
		assertThat(draft.tasks().toList()).extracting(ResponsibilityClauseTests::roles)
			.containsExactly(List.of("省科技厅:lead", "省发展改革委:supporting", "省教育厅:supporting"),
					List.of("省科技厅:lead", "各市（州）政府:responsible"));
		assertThat(NoticeFixtures.lineWarnings(draft)).isEmpty();
	}

	@Test
	void parenthesesInTheTaskTextDoNotCloseTheTask() {
		TaskDraft task = onlyTask("积极推进延龙图一体化及通化（白山）－丹东经济带建设，支持规模养殖场（小区）粪污处理。（省发展改革委负责）");
		assertThat(task.text()).isEqualTo("积极推进延龙图一体化及通化（白山）－丹东经济带建设，支持规模养殖场（小区）粪污处理。");
		assertThat(task.responsibleNames()).containsExactly("省发展改革委");
	}

	@Test
	void aClauseThatNamesNoOrganisationWithARoleWordIsText() {
		NoticeDraft draft = NoticeFixtures.parse("""
				（一）推进重点工作。
				　　落实《吉林省中长期人才发展规划纲要（2009－2020）》（以下简称《人才纲要》）。（省委组织部负责）
				""");
		TaskDraft task = draft.tasks().findFirst().orElseThrow();
		assertThat(task.text()).endsWith("（以下简称《人才纲要》）。");
		assertThat(task.responsibleNames()).containsExactly("省委组织部");
	}

	@Test
	void aNameThatDoesNotLookLikeAnOrganisationIsReported() {
		NoticeDraft draft = NoticeFixtures.parse("""
				（一）推进重点工作。
				　　推进重点项目建设。（省发展改革委、抓紧推进负责）
				""");
		assertThat(NoticeFixtures.lineWarnings(draft)).extracting(ParseWarning::code)
			.contains(ParseWarning.CLAUSE_UNREADABLE);
		assertThat(NoticeFixtures.lineWarnings(draft).get(0).line()).isEqualTo(2);
	}

	@Test
	void aTimeLimitAfterTheOrganisationsIsKeptWithTheTask() {
		TaskDraft task = onlyTask("今年赤字率拟按3.6%以上安排。（财政部牵头，国家发展改革委、人民银行等按职责分工负责，6月底前出台相关政策并持续推进）");
		assertThat(task.lead()).isEqualTo("财政部");
		assertThat(roles(task)).containsExactly("财政部:lead", "国家发展改革委:by-duty", "人民银行:by-duty");
		assertThat(task.openEnded()).isTrue();
		assertThat(task.timeLimit()).isEqualTo("6月底前出台相关政策并持续推进");
		assertThat(task.responsibilityClause()).endsWith("6月底前出台相关政策并持续推进）");
	}

	@Test
	void timeLimitsWrittenAsTheYearOrAnOngoingEffort() {
		assertThat(onlyTask("强化税收征管。（税务总局牵头，财政部按职责分工负责，年内持续推进）").timeLimit()).isEqualTo("年内持续推进");
		assertThat(onlyTask("推进农村人居环境整治。（省农业农村厅、省住房城乡建设厅按职责分工负责，2021年底前完成）").timeLimit()).isEqualTo("2021年底前完成");
		assertThat(onlyTask("建设创新平台。（省科技厅负责；长期坚持）").timeLimit()).isEqualTo("长期坚持");
		assertThat(onlyTask("新增城镇就业50万人以上。（责任单位：省人力资源社会保障厅；完成时限：2021年12月底前）").timeLimit()).isEqualTo("2021年12月底前");
		TaskDraft labelled = onlyTask("实施重大项目500个。（牵头单位：省发展改革委；配合单位：省财政厅、省自然资源厅；完成时限：全年）");
		assertThat(roles(labelled)).containsExactly("省发展改革委:lead", "省财政厅:supporting", "省自然资源厅:supporting");
		assertThat(labelled.timeLimit()).isEqualTo("全年");
	}

	@Test
	void aTimeLimitBeforeTheOrganisations() {
		TaskDraft labelled = onlyTask("建成政务数据共享平台。（完成时限：2022年6月底前；牵头单位：省政务服务和数字化局；配合单位：省财政厅）");
		assertThat(roles(labelled)).containsExactly("省政务服务和数字化局:lead", "省财政厅:supporting");
		assertThat(labelled.timeLimit()).isEqualTo("2022年6月底前");
		TaskDraft written = onlyTask("推进县域商业体系建设。（2021年底前，省商务厅牵头，省财政厅配合）");
		assertThat(roles(written)).containsExactly("省商务厅:lead", "省财政厅:supporting");
		assertThat(written.timeLimit()).isEqualTo("2021年底前");
	}

	@Test
	void aClauseWithoutATimeLimitHasNone() {
		TaskDraft task = onlyTask("深化行政管理体制改革。（国务院审改办、中央编办牵头，各省级人民政府负责）");
		assertThat(task.timeLimit()).isNull();
		assertThat(roles(task)).containsExactly("国务院审改办:lead", "中央编办:lead", "各省级人民政府:responsible");
	}

	@Test
	void aTailThatIsNeitherOrganisationsNorATimeLimitIsNoClause() {
		NoticeDraft draft = NoticeFixtures.parse("（一）推进重点工作。\n建设标准化规模养殖场（小区，含养殖户）。加快建设。（省畜牧局负责）\n");
		assertThat(draft.tasks().toList()).singleElement()
			.satisfies(t -> assertThat(t.text()).isEqualTo("建设标准化规模养殖场（小区，含养殖户）。加快建设。"));
	}

	@Test
	void theLeaderInChargeNamedBesideTheOrganisationsIsNoOrganisation() {
		TaskDraft task = onlyTask("培育新材料产业集群。（责任领导：张三；牵头单位：市工业和信息化局；责任单位：市科技局）");
		assertThat(roles(task)).containsExactly("市工业和信息化局:lead", "市科技局:responsible");
		assertThat(task.responsibilityClause()).isEqualTo("（责任领导：张三；牵头单位：市工业和信息化局；责任单位：市科技局）");
	}

	@Test
	void aClauseInLenticularBrackets() {
		TaskDraft task = onlyTask("建设区域金融中心。【市金融办牵头，人行某市中心支行配合】");
		assertThat(task.text()).isEqualTo("建设区域金融中心。");
		assertThat(roles(task)).containsExactly("市金融办:lead", "人行某市中心支行:supporting");
	}

	@Test
	void coordinatingAndLeadIntroducedByYou() {
		assertThat(roles(onlyTask("发展现代物流。（市商务局、市交通运输局按职责分工负责，市发展改革委协调）"))).containsExactly("市商务局:by-duty",
				"市交通运输局:by-duty", "市发展改革委:guiding");
		assertThat(roles(onlyTask("加快汽车产业转型。（由市工业和信息化局牵头推进，市科技局配合落实）"))).containsExactly("市工业和信息化局:lead",
				"市科技局:supporting");
	}

	@Test
	void aListWithoutRoleWordsUnderTheLeadRule() {
		NoticeDraft draft = NoticeFixtures.parse("""
				各项任务中列第一位的为牵头单位，其他为责任单位。
				（一）优化营商环境
				深化“放管服”改革，推进政务服务一网通办。（省政务服务和数字化局、省发展改革委、省市场监管厅）
				""");
		TaskDraft task = draft.tasks().findFirst().orElseThrow();
		assertThat(task.lead()).isEqualTo("省政务服务和数字化局");
		assertThat(task.responsibleNames()).containsExactly("省政务服务和数字化局", "省发展改革委", "省市场监管厅");
	}

	@Test
	void theLeadMarkedInsideTheList() {
		assertThat(roles(onlyTask("推进营商环境优化。（省营商环境建设局*、省市场监管厅、省税务局）"))).containsExactly("省营商环境建设局:lead",
				"省市场监管厅:responsible", "省税务局:responsible");
		TaskDraft marked = onlyTask("建设数字政府。（责任单位：省政务服务和数字化局（牵头）、省财政厅）");
		assertThat(marked.mode()).isEqualTo(ResponsibilityMode.LEAD);
		assertThat(roles(marked)).containsExactly("省政务服务和数字化局:lead", "省财政厅:responsible");
	}

	@Test
	void moreLabelsForLeadingAndAssisting() {
		assertThat(roles(onlyTask("发展冰雪经济。（负责单位：省文化和旅游厅；协办单位：省体育局）"))).containsExactly("省文化和旅游厅:lead",
				"省体育局:supporting");
		assertThat(roles(onlyTask("推进国企改革。（主办部门：省国资委；协办部门：省财政厅）"))).containsExactly("省国资委:lead", "省财政厅:supporting");
	}

	@Test
	void othersNamedInTheMiddleOfTheListLeaveItOpen() {
		TaskDraft task = onlyTask("加强生态保护。（省生态环境厅牵头，省林草局、省水利厅等省直有关部门和各市（州）政府按职责分工负责）");
		assertThat(task.openEnded()).isTrue();
		assertThat(roles(task)).containsExactly("省生态环境厅:lead", "省林草局:by-duty", "省水利厅:by-duty", "各市（州）政府:by-duty");
	}

	@Test
	void placesOrAnAsideInParenthesesAtTheEndAreNoClause() {
		NoticeDraft draft = NoticeFixtures.parse("""
				（一）推进区域协调发展
				推动长吉一体化发展（长春市、吉林市）
				设立省发展和改革委员会（以下简称省发改委）
				推进城市更新。（省住房城乡建设厅负责）
				""");
		assertThat(draft.tasks().toList()).singleElement().satisfies(t -> assertThat(t.text()).isEqualTo("推进城市更新。"));
	}

	@Test
	void governmentAndEachGoOverTheLevelsBeforeThem() {
		TaskDraft task = onlyTask("加强基层治理。（省委组织部、省民政厅牵头，各市（州）、县（市、区）政府负责）");
		assertThat(roles(task)).containsExactly("省委组织部:lead", "省民政厅:lead", "各市（州）政府:responsible",
				"各县（市、区）政府:responsible");
		assertThat(task.responsible().get(3).collective()).isTrue();
	}

}
