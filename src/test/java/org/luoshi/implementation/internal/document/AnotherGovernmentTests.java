package org.luoshi.implementation.internal.document;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A department of another province, with other tasks, another numbering of them and
 * another layout (the task named on a line of its own): nothing depends on the seed.
 */
class AnotherGovernmentTests {

	static final List<Candidate> TASKS = List.of(new Candidate(501, "4.1", "加快推进城镇保障性安居工程建设，五年新建保障性住房50万套。"),
			new Candidate(502, "4.2", "推进城市污水处理设施建设，县城污水处理率达到85%。"),
			new Candidate(503, "6.3", "加强建筑节能，新建建筑全面执行节能强制性标准。"),
			new Candidate(504, "7.1", "健全农村危房改造长效机制，完成农村危房改造30万户。"));

	static byte[] plan() {
		return TestDocuments.docx("四川省住房和城乡建设厅贯彻落实省“十二五”规划纲要重点任务实施方案", "根据省政府分工，结合我厅职责，2012年重点推进以下工作。",
				"任务4.1：加快推进城镇保障性安居工程建设", "（一）2012年开工建设保障性住房10万套，年底前基本建成6万套。（责任处室：住房保障处，联系人：陈刚）",
				"（二）完善保障性住房分配管理办法。完成时限：9月底前。（责任处室：住房保障处）", "任务6.3：加强建筑节能",
				"（一）新建建筑节能强制性标准执行率达到100%。时间节点：2012年12月31日前。责任处室：建筑节能与科技处。验收标准：全省抽查合格率100%。", "任务4.9：推进城市污水处理设施建设",
				"（一）新增县城污水处理能力每日50万吨，2012年底前县城污水处理率达到70%。责任处室：城市建设处。", "任务9.1：加强行业精神文明建设",
				"（一）开展文明行业创建活动。责任处室：机关党委。时间节点：每年。");
	}

	@Test
	void readsTheItemsUnderTaskLinesOfTheirOwn() {
		ReadDocument read = new ImplementationDocumentReader().read(plan(), "住建厅.docx");

		assertThat(read.warnings()).isEmpty();
		assertThat(read.items()).extracting(ReadItem::line).containsExactly(4, 5, 7, 9, 11);
		assertThat(read.items()).extracting(ReadItem::numbering).containsExactly("（一）", "（二）", "（一）", "（一）", "（一）");
		assertThat(read.items()).extracting(ReadItem::taskCode).containsExactly("4.1", "4.1", "6.3", "4.9", "9.1");
		assertThat(read.items()).extracting(ReadItem::taskText)
			.containsExactly("加快推进城镇保障性安居工程建设", "加快推进城镇保障性安居工程建设", "加强建筑节能", "推进城市污水处理设施建设", "加强行业精神文明建设");
		assertThat(read.items()).extracting(ReadItem::division)
			.containsExactly("住房保障处", "住房保障处", "建筑节能与科技处", "城市建设处", "机关党委");
		assertThat(read.items()).extracting(ReadItem::contact).containsExactly("陈刚", null, null, null, null);
		assertThat(read.items().get(0).measure()).isEqualTo("2012年开工建设保障性住房10万套，年底前基本建成6万套");
		// 年底前 and 9月底前 have no year: they take 2012 from before them
		assertThat(read.items()).extracting((item) -> item.milestones().stream().map((m) -> m.due().code()).toList())
			.containsExactly(List.of("2012", "2012"), List.of("2012-09"), List.of("2012-12-31"), List.of("2012"),
					List.of());
		assertThat(read.items().get(0).milestones()).extracting(ReadMilestone::deliverable)
			.containsExactly("开工建设保障性住房10万套", "基本建成6万套");
		assertThat(read.items().get(2).milestones().get(0).recognition()).isEqualTo("全省抽查合格率100%");
		assertThat(read.items().get(3).milestones().get(0).deliverable()).isEqualTo("县城污水处理率达到70%");
	}

	@Test
	void proposesByNumberByTextWhenTheNumberIsWrongAndNothingForAnUnrelatedTask() {
		ReadDocument read = new ImplementationDocumentReader().read(plan(), "住建厅.docx");

		List<Proposal> proposals = new TaskMatcher().propose(read.items(), TASKS);

		assertThat(proposals).extracting(Proposal::taskId).containsExactly(501L, 501L, 503L, 502L, null);
		assertThat(proposals).extracting(Proposal::basis)
			.containsExactly(Proposal.Basis.NUMBERING, Proposal.Basis.NUMBERING, Proposal.Basis.NUMBERING,
					Proposal.Basis.TEXT, Proposal.Basis.NONE);
		assertThat(proposals.get(4).score()).isLessThan(TaskMatcher.THRESHOLD);
	}

	@Test
	void aTimeWithNoYearAnywhereIsKeptUndatedWithAWarningAndAnUnreadTimeIsWarned() {
		byte[] docx = TestDocuments.docx("某县发展改革局实施方案", "一、完善项目管理办法。完成时限：6月底前。责任处室：综合股。",
				"二、建立项目储备库。完成时限：适时。责任处室：投资股。");

		ReadDocument read = new ImplementationDocumentReader().read(docx, "县.docx");

		assertThat(read.items()).hasSize(2);
		assertThat(read.items().get(0).milestones()).containsExactly(new ReadMilestone("完善项目管理办法", null, "6月底前", null));
		assertThat(read.items().get(1).milestones()).isEmpty();
		assertThat(read.warnings()).containsExactly("line 2: time limit without a year: 6月底前",
				"line 3: time limit not understood: 适时");
	}

	@Test
	void aTimeFieldWithTwoLimitsGivesTwoMilestonesEachWithItsDeliverable() {
		byte[] docx = TestDocuments.docx("一、重点任务",
				"（一）制定城市更新实施意见。责任处室：规划处。时间节点：2013年6月底前出台实施意见，2014年底前全面推开。完成标志：意见印发。");

		ReadDocument read = new ImplementationDocumentReader().read(docx, "a.docx");

		assertThat(read.items().get(0).milestones()).containsExactly(
				new ReadMilestone("出台实施意见", org.luoshi.implementation.Due.month(java.time.YearMonth.of(2013, 6)),
						"2013年6月底前", "意见印发"),
				new ReadMilestone("全面推开", org.luoshi.implementation.Due.year(2014), "2014年底前", "意见印发"));
	}

}
