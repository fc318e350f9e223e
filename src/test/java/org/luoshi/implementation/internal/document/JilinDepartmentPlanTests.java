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
	void dump() {
		ReadDocument read = new ImplementationDocumentReader().read(plan(), "plan.docx");
		read.items().forEach(System.out::println);
		read.warnings().forEach(System.out::println);
		new TaskMatcher().propose(read.items(), candidates())
			.forEach((p) -> System.out.println(
					p.item().line() + " " + p.taskId() + " " + p.basis() + " " + p.score() + " " + p.alternatives()));
	}

}
