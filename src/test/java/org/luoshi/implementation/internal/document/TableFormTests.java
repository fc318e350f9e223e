package org.luoshi.implementation.internal.document;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.luoshi.implementation.Due;

import static org.assertj.core.api.Assertions.assertThat;
import static org.luoshi.implementation.internal.document.TestDocuments.ABOVE;
import static org.luoshi.implementation.internal.document.TestDocuments.SPAN;

/**
 * The table form of an implementation plan, as a table in a .docx and as a sheet of an
 * .xlsx: columns found by their header words in any order, a task cell merged down over
 * its measures, a group row across the table, a date cell.
 */
class TableFormTests {

	@Test
	void aDocxTableIsReadRowByRowUnderItsHeaderWords() {
		byte[] docx = TestDocuments.docx("吉林省农业委员会重点任务实施方案（2013年）",
				List.of(List.of("序号", "重点任务", "具体措施", "责任处室", "联系人", "完成时限", "完成标志"),
						List.of("1", "2.1.5 实施园艺特产千亿元创业计划", "新建棚膜蔬菜小区50个", "种植业管理处", "赵强", "2013年10月底前", "小区通过验收"),
						List.of("2", ABOVE, "推广节能日光温室技术", "种植业管理处", "赵强", "年底前", ""), List.of(SPAN + "二、农村发展和改革"),
						List.of("3", "完善全省社会主义新农村建设规划", "修编新农村建设规划", "计划财务处", "钱伟", "2013年第二季度", "规划经省政府批准"),
						List.of("4", "进一步完善农村综合配套改革", "开展“一事一议”财政奖补试点", "农村经济管理处", "孙丽", "2013年", "试点县名单印发")));

		ReadDocument read = new ImplementationDocumentReader().read(docx, "表.docx");

		assertThat(read.warnings()).isEmpty();
		assertThat(read.items()).extracting(ReadItem::line).containsExactly(3, 4, 6, 7);
		assertThat(read.items()).extracting(ReadItem::numbering).containsExactly("1", "2", "3", "4");
		assertThat(read.items()).extracting(ReadItem::taskCode).containsExactly("2.1.5", "2.1.5", null, null);
		assertThat(read.items()).extracting(ReadItem::taskText)
			.containsExactly("实施园艺特产千亿元创业计划", "实施园艺特产千亿元创业计划", "完善全省社会主义新农村建设规划", "进一步完善农村综合配套改革");
		assertThat(read.items()).extracting(ReadItem::measure)
			.containsExactly("新建棚膜蔬菜小区50个", "推广节能日光温室技术", "修编新农村建设规划", "开展“一事一议”财政奖补试点");
		assertThat(read.items()).extracting(ReadItem::division).containsExactly("种植业管理处", "种植业管理处", "计划财务处", "农村经济管理处");
		assertThat(read.items()).extracting(ReadItem::contact).containsExactly("赵强", "赵强", "钱伟", "孙丽");
		// 年底前 has no year: it takes 2013 from the row above
		assertThat(read.items()).extracting((item) -> item.milestones().get(0).due())
			.containsExactly(Due.month(java.time.YearMonth.of(2013, 10)), Due.year(2013), Due.quarter(2013, 2),
					Due.year(2013));
		assertThat(read.items()).extracting((item) -> item.milestones().get(0).recognition())
			.containsExactly("小区通过验收", null, "规划经省政府批准", "试点县名单印发");

		List<Proposal> proposals = new TaskMatcher().propose(read.items(), JilinDepartmentPlanTests.candidates());
		assertThat(proposals).extracting(Proposal::taskId).containsExactly(20105L, 20105L, 50301L, 110501L);
		assertThat(proposals).extracting(Proposal::basis)
			.containsExactly(Proposal.Basis.NUMBERING, Proposal.Basis.NUMBERING, Proposal.Basis.TEXT,
					Proposal.Basis.TEXT);
	}

	@Test
	void anXlsxIsReadFromItsFirstSheetWithAHeaderWhateverTheColumnOrderAndWording() {
		byte[] xlsx = TestDocuments.xlsx("说明", List.of(List.of("本表由各处室填写，完成时限请写到月，涉及多个处室的写明配合处室")), "实施方案", List.of(
				List.of(SPAN + "吉林省农业委员会2013年重点任务实施方案"),
				List.of("序号", "任务编号", "对应规划任务", "工作措施", "牵头处室", "配合处室", "联系人", "联系电话", "时间节点", "预期成果"),
				List.of("1", "2.1.5", "实施园艺特产千亿元创业计划", "新建棚膜蔬菜小区50个", "种植业管理处", "市场与经济信息处", "赵强", "0431-88906001",
						LocalDate.of(2013, 10, 31), "小区通过验收"),
				List.of("2", ABOVE, ABOVE, "推广节能日光温室技术", "种植业管理处", "", "赵强", "0431-88906001", "2013年底前", ""),
				List.of("3", "", "完善全省社会主义新农村建设规划", "修编新农村建设规划", "计划财务处", "", "钱伟", "", "2013年第二季度", "规划经省政府批准")));

		ReadDocument read = new ImplementationDocumentReader().read(xlsx, "方案.xlsx");

		assertThat(read.warnings()).isEmpty();
		assertThat(read.items()).extracting(ReadItem::line).containsExactly(3, 4, 5);
		assertThat(read.items()).extracting(ReadItem::taskCode).containsExactly("2.1.5", "2.1.5", null);
		assertThat(read.items()).extracting(ReadItem::taskText)
			.containsExactly("实施园艺特产千亿元创业计划", "实施园艺特产千亿元创业计划", "完善全省社会主义新农村建设规划");
		assertThat(read.items()).extracting(ReadItem::division)
			.containsExactly("种植业管理处（配合处室：市场与经济信息处）", "种植业管理处", "计划财务处");
		assertThat(read.items()).extracting(ReadItem::contact)
			.containsExactly("赵强，0431-88906001", "赵强，0431-88906001", "钱伟");
		assertThat(read.items().get(0).milestones()).containsExactly(
				new ReadMilestone("新建棚膜蔬菜小区50个", Due.date(LocalDate.of(2013, 10, 31)), "2013-10-31", "小区通过验收"));
		assertThat(read.items()).extracting((item) -> item.milestones().get(0).due().code())
			.containsExactly("2013-10-31", "2013", "2013-Q2");

		List<Proposal> proposals = new TaskMatcher().propose(read.items(), JilinDepartmentPlanTests.candidates());
		assertThat(proposals).extracting(Proposal::taskId).containsExactly(20105L, 20105L, 50301L);
	}

	@Test
	void aTableUnderAParagraphHeadingTakesItsTaskFromTheHeading() {
		byte[] docx = TestDocuments.docx("（一）优化农业产业布局（对应任务2.2.1）", List.of(List.of("具体措施", "责任处室", "完成时限"),
				List.of("实施秸秆综合利用工程", "科技教育处", "2013年底前"), List.of("推进粪污资源化利用", "畜牧业管理处", "2014年6月")));

		ReadDocument read = new ImplementationDocumentReader().read(docx, "a.docx");

		assertThat(read.items()).extracting(ReadItem::line).containsExactly(3, 4);
		assertThat(read.items()).extracting(ReadItem::taskCode).containsExactly("2.2.1", "2.2.1");
		assertThat(read.items()).extracting(ReadItem::taskText).containsExactly("优化农业产业布局", "优化农业产业布局");
		assertThat(read.items()).extracting((item) -> item.milestones().get(0).due().code())
			.containsExactly("2013", "2014-06");
	}

}
