package org.luoshi.implementation.internal.document;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A department of the seed province answers the division notice with its implementation
 * plan in paragraphs: the reader finds its measures under the task headings, with
 * division, contact and time limits, and the matcher proposes the seed tasks they serve.
 */
class JilinDepartmentPlanTests {

	static final String LEAD = "省农委";

	static byte[] plan() {
		return TestDocuments.docx("吉林省农业委员会落实《吉林省国民经济和社会发展第十二个五年规划纲要》重点任务分工实施方案", "为确保2013年各项任务落到实处，结合我委职责，制定本方案。",
				"一、总体要求", "以加快转变农业发展方式为主线，确保规划纲要确定的各项任务按期完成。", "二、重点任务", "（一）优化农业产业布局（对应任务2.2.1）",
				"1.实施秸秆还田、气化、固化成型等综合利用工程，2013年底前完成全省秸秆综合利用规划编制。", "责任处室：科技教育处；联系人：王明，电话：0431-88906123",
				"2.推进规模养殖场（小区）粪污无害化处理和资源化利用。", "（牵头处室：畜牧业管理处，配合处室：计划财务处）", "完成时限：2013年6月30日前", "完成标志：出台规模养殖场粪污处理技术规范",
				"（二）推进农产品质量安全检验检测体系建设", "1.新建县级农产品质量安全检测站20个。责任处室：市场与经济信息处。完成时限：2013年第三季度。完成标志：检测站通过省级验收。",
				"2.开展农产品质量安全例行监测。责任处室：市场与经济信息处。时间节点：长期坚持。", "（三）支持农业重大技术集成和示范应用",
				"1.建设现代农业示范区10个，2014年6月底前通过省级认定。责任处室：科技教育处。", "2.完善基层农技推广、农机推广和植保体系。责任处室：农业技术推广总站。完成时限：2013—2014年。",
				"（四）任务2.4.3：鼓励农民以多种形式流转土地承包经营权", "1.建立县乡两级土地流转服务中心，2013年3月启动，6月底前完成试点县选定。责任处室：农村经济管理处；联系人：李红。",
				"2.我委承担其中土地承包经营权流转部分，制定流转合同示范文本并印发各地。时间节点：二〇一三年三季度末。责任处室：政策法规处。", "三、保障措施",
				"（一）加强组织领导。成立由委主要领导任组长的实施工作领导小组。", "（二）强化督促检查。每半年调度一次工作进展。");
	}

	static List<Candidate> candidates() {
		return TestDocuments.seedTasks()
			.stream()
			.filter((t) -> LEAD.equals(t.lead()))
			.map(TestDocuments.SeedTask::candidate)
			.toList();
	}

	@Test
	void readsEveryMeasureUnderItsTaskHeadingWithDivisionContactAndMilestones() {
		ReadDocument read = new ImplementationDocumentReader().read(plan(), "农委实施方案.docx");

		assertThat(read.warnings()).isEmpty();
		// the title, 总体要求 and 保障措施 are prose: no item
		assertThat(read.items()).extracting(ReadItem::line).containsExactly(7, 9, 14, 15, 17, 18, 20, 21);
		assertThat(read.items()).extracting(ReadItem::numbering)
			.containsExactly("1.", "2.", "1.", "2.", "1.", "2.", "1.", "2.");
		assertThat(read.items()).extracting(ReadItem::taskCode)
			.containsExactly("2.2.1", "2.2.1", null, null, null, null, "2.4.3", "2.4.3");
		assertThat(read.items()).extracting(ReadItem::taskText)
			.containsExactly("优化农业产业布局", "优化农业产业布局", "推进农产品质量安全检验检测体系建设", "推进农产品质量安全检验检测体系建设", "支持农业重大技术集成和示范应用",
					"支持农业重大技术集成和示范应用", "鼓励农民以多种形式流转土地承包经营权", "鼓励农民以多种形式流转土地承包经营权");
		assertThat(read.items()).extracting(ReadItem::division)
			.containsExactly("科技教育处", "畜牧业管理处（配合处室：计划财务处）", "市场与经济信息处", "市场与经济信息处", "科技教育处", "农业技术推广总站", "农村经济管理处",
					"政策法规处");
		assertThat(read.items()).extracting(ReadItem::contact)
			.containsExactly("王明，电话：0431-88906123", null, null, null, null, null, "李红", null);
		assertThat(read.items()).extracting(ReadItem::part)
			.containsExactly(null, null, null, null, null, null, null, "土地承包经营权流转");
		assertThat(read.items().get(0).measure()).isEqualTo("实施秸秆还田、气化、固化成型等综合利用工程，2013年底前完成全省秸秆综合利用规划编制");
		assertThat(read.items().get(1).measure()).isEqualTo("推进规模养殖场（小区）粪污无害化处理和资源化利用");

		assertThat(read.items()).extracting((item) -> item.milestones().stream().map((m) -> m.due().code()).toList())
			.containsExactly(List.of("2013"), List.of("2013-06-30"), List.of("2013-Q3"), List.of(), List.of("2014-06"),
					List.of("2014"), List.of("2013-03", "2013-06"), List.of("2013-Q3"));
		assertThat(read.items().get(0).milestones().get(0))
			.isEqualTo(new ReadMilestone("完成全省秸秆综合利用规划编制", org.luoshi.implementation.Due.year(2013), "2013年底前", null));
		assertThat(read.items().get(1).milestones().get(0).recognition()).isEqualTo("出台规模养殖场粪污处理技术规范");
		assertThat(read.items().get(1).milestones().get(0).deliverable()).isEqualTo("推进规模养殖场（小区）粪污无害化处理和资源化利用");
		assertThat(read.items().get(2).milestones().get(0).recognition()).isEqualTo("检测站通过省级验收");
		// 6月底前 takes its year from 2013年3月 before it
		assertThat(read.items().get(6).milestones()).extracting(ReadMilestone::deliverable, ReadMilestone::dueText)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("启动", "2013年3月"),
					org.assertj.core.groups.Tuple.tuple("完成试点县选定", "6月底前"));
		assertThat(read.items().get(7).milestones().get(0).dueText()).isEqualTo("二〇一三年三季度末");
	}

	@Test
	void proposesTheTasksByNumberWhereNamedAndByTextWhereQuoted() {
		ReadDocument read = new ImplementationDocumentReader().read(plan(), "农委实施方案.docx");

		List<Proposal> proposals = new TaskMatcher().propose(read.items(), candidates());

		assertThat(candidates()).hasSize(8);
		assertThat(proposals).extracting(Proposal::taskId)
			.containsExactly(20201L, 20201L, 20203L, 20203L, 20301L, 20301L, 20403L, 20403L);
		assertThat(proposals).extracting(Proposal::basis)
			.containsExactly(Proposal.Basis.NUMBERING, Proposal.Basis.NUMBERING, Proposal.Basis.TEXT,
					Proposal.Basis.TEXT, Proposal.Basis.TEXT, Proposal.Basis.TEXT, Proposal.Basis.NUMBERING,
					Proposal.Basis.NUMBERING);
		assertThat(proposals).allSatisfy((p) -> {
			assertThat(p.score()).isGreaterThanOrEqualTo(TaskMatcher.THRESHOLD);
			assertThat(p.alternatives()).hasSizeLessThanOrEqualTo(3).doesNotContain(p.taskId());
		});
	}

	@Test
	void withTheWholeSeedPlanAsCandidatesTheQuotedHeadingsStillFindTheirTasks() {
		ReadDocument read = new ImplementationDocumentReader().read(plan(), "农委实施方案.docx");
		List<Candidate> all = TestDocuments.seedTasks().stream().map(TestDocuments.SeedTask::candidate).toList();

		List<Proposal> proposals = new TaskMatcher().propose(read.items(), all);

		assertThat(all).hasSize(146);
		assertThat(proposals).extracting(Proposal::taskId)
			.containsExactly(20201L, 20201L, 20203L, 20203L, 20301L, 20301L, 20403L, 20403L);
	}

}
