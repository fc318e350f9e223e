package org.luoshi.notice;

import java.io.ByteArrayOutputStream;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The division sent as a table — in a Word document, in a PDF, or as text with TAB
 * between cells — reads to the same kind of tasks as a notice written in paragraphs.
 */
class DivisionTableTests {

	@Test
	void readsAWordTableWithLeadResponsibleAndSupportingColumnsGroupedByCategory() throws Exception {
		byte[] docx;
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.createParagraph().createRun().setText("某市国民经济和社会发展第十四个五年规划纲要主要目标任务分工表");
			List<List<String>> rows = List.of(List.of("序号", "类别", "主要任务", "牵头单位", "责任单位", "配合单位"),
					List.of("1", "约束性指标", "单位地区生产总值能源消耗降低13.5%。", "市发展改革委", "", "市工业和信息化局、市生态环境局"),
					List.of("2", "约束性指标", "森林覆盖率达到38%。", "市林业局", "", ""),
					List.of("3", "产业发展", "推进整车扩能，加快新工厂建设。", "市工业和信息化局", "市发展改革委", ""),
					List.of("4", "产业发展", "发展数字经济。", "", "市工业和信息化局、市科技局", ""));
			XWPFTable table = document.createTable(rows.size(), rows.get(0).size());
			for (int r = 0; r < rows.size(); r++) {
				XWPFTableRow row = table.getRow(r);
				for (int c = 0; c < rows.get(r).size(); c++) {
					row.getCell(c).setText(rows.get(r).get(c));
				}
			}
			document.write(out);
			docx = out.toByteArray();
		}
		NoticeDraft draft = NoticeParser.parse(NoticeReader.read(docx, "分工表.docx"));
		assertThat(draft.chapters()).extracting(ChapterDraft::title).containsExactly("约束性指标", "产业发展");
		assertThat(draft.tasks()).extracting(TaskDraft::id, TaskDraft::text, TaskDraft::mode, TaskDraft::lead)
			.containsExactly(tuple("1.0.1", "单位地区生产总值能源消耗降低13.5%。", ResponsibilityMode.LEAD, "市发展改革委"),
					tuple("1.0.2", "森林覆盖率达到38%。", ResponsibilityMode.LEAD, "市林业局"),
					tuple("2.0.1", "推进整车扩能，加快新工厂建设。", ResponsibilityMode.LEAD, "市工业和信息化局"),
					tuple("2.0.2", "发展数字经济。", ResponsibilityMode.RESPONSIBLE, null));
		assertThat(draft.tasks().findFirst().orElseThrow().responsible())
			.extracting(o -> o.name() + ":" + o.role().code())
			.containsExactly("市发展改革委:lead", "市工业和信息化局:supporting", "市生态环境局:supporting");
		assertThat(draft.bindingIndicators()).extracting(IndicatorDraft::name).containsExactly("单位地区生产总值能源消耗", "森林覆盖率");
	}

	@Test
	void readsATableCopiedAsTextWithTabsUnderTheHeadingsAboveIt() {
		NoticeDraft draft = NoticeFixtures.parse("""
				（一）约束性指标
				序号\t工作任务\t牵头单位\t参与单位
				1\t耕地保有量保持在553万公顷。\t省自然资源厅\t省农业农村厅
				（二）重点任务
				序号\t工作任务\t牵头单位\t参与单位
				1\t建设高标准农田。\t省农业农村厅\t省财政厅、省水利厅
				""");
		assertThat(draft.chapters()).extracting(ChapterDraft::title).containsExactly("约束性指标", "重点任务");
		assertThat(draft.tasks()).extracting(TaskDraft::id, TaskDraft::line, TaskDraft::responsibleNames)
			.containsExactly(tuple("1.0.1", 3, List.of("省自然资源厅", "省农业农村厅")),
					tuple("2.0.1", 6, List.of("省农业农村厅", "省财政厅", "省水利厅")));
		assertThat(draft.tasks().toList().get(1).responsible().get(1).role()).isEqualTo(ResponsibilityRole.PARTICIPANT);
	}

	@Test
	void anEmptyRowOfCellsStaysInTheTableButABlankLineEndsIt() {
		NoticeDraft draft = NoticeFixtures.parse("""
				（一）重点任务
				序号\t工作任务\t牵头单位\t参与单位
				1\t建设高标准农田。\t省农业农村厅\t省财政厅
				\t\t\t
				2\t推进节水灌溉。\t省水利厅\t

				3\t这一行已在表格之外。\t省水利厅\t
				""");
		assertThat(draft.tasks()).extracting(TaskDraft::line, TaskDraft::lead)
			.containsExactly(tuple(3, "省农业农村厅"), tuple(5, "省水利厅"));
	}

	@Test
	void readsAPdfTableOverTwoPagesWithItsHeaderRepeatedAndItsRowsWrapped() throws Exception {
		NoticeDraft draft = NoticeParser.parse(NoticeReader.read(CITY_TABLE.render(), "分工表.pdf"));
		assertReadsTheCityTable(draft);
	}

	@Test
	void readsAPdfTableWhoseCellsAreCentredVerticallyByTheRulesBetweenItsRows() throws Exception {
		NoticeDraft draft = NoticeParser.parse(NoticeReader.read(CITY_TABLE.centredVertically().render(), "分工表.pdf"));
		assertReadsTheCityTable(draft);
	}

	private static final DivisionTablePdf CITY_TABLE = new DivisionTablePdf(
			List.of("附件", "某市国民经济和社会发展第十五个五年规划纲要重点任务分工表"), new float[] { 36f, 210f, 80f, 95f, 54f },
			List.of("序号", "重点任务", "牵头单位", "配合单位", "完成时限"),
			List.of(List.of("一、建设现代产业体系"),
					List.of("1", "推进整车扩能，加快新能源汽车整车和关键零部件项目建设，提升本地配套率。", "市工业和信息化局", "市发展改革委、市商务局", "2027年底前"),
					List.of("2", "培育数字经济核心产业，建设一批数字化车间和智能工厂，推动制造业数字化转型升级。", "市工业和信息化局、市科技局", "市财政局", "持续推进"),
					List.of("3", "发展现代物流，建设国际陆港和多式联运枢纽。", "市商务局", "市交通运输局、市发展改革委", "2028年底前"), List.of("二、推进城乡融合发展"),
					List.of("4", "推进新型城镇化建设，完善县城公共服务设施，提升县城综合承载能力，促进农业转移人口市民化。", "市发展改革委", "市住房城乡建设局、市公安局、市教育局",
							"2030年底前"),
					List.of("5", "实施乡村振兴战略，建设高标准农田，发展特色农业产业。", "市农业农村局", "市财政局、市自然资源局", "持续推进"),
					List.of("6", "提升城市管理精细化水平。", "市城管局", "", "2026年底前")));

	private static void assertReadsTheCityTable(NoticeDraft draft) {
		assertThat(draft.chapters()).extracting(ChapterDraft::title).containsExactly("建设现代产业体系", "推进城乡融合发展");
		assertThat(draft.tasks())
			.extracting(TaskDraft::text, TaskDraft::lead, TaskDraft::responsibleNames, TaskDraft::timeLimit)
			.containsExactly(
					tuple("推进整车扩能，加快新能源汽车整车和关键零部件项目建设，提升本地配套率。", "市工业和信息化局", List.of("市工业和信息化局", "市发展改革委", "市商务局"),
							"2027年底前"),
					tuple("培育数字经济核心产业，建设一批数字化车间和智能工厂，推动制造业数字化转型升级。", "市工业和信息化局", List.of("市工业和信息化局", "市科技局", "市财政局"),
							"持续推进"),
					tuple("发展现代物流，建设国际陆港和多式联运枢纽。", "市商务局", List.of("市商务局", "市交通运输局", "市发展改革委"), "2028年底前"),
					tuple("推进新型城镇化建设，完善县城公共服务设施，提升县城综合承载能力，促进农业转移人口市民化。", "市发展改革委",
							List.of("市发展改革委", "市住房城乡建设局", "市公安局", "市教育局"), "2030年底前"),
					tuple("实施乡村振兴战略，建设高标准农田，发展特色农业产业。", "市农业农村局", List.of("市农业农村局", "市财政局", "市自然资源局"), "持续推进"),
					tuple("提升城市管理精细化水平。", "市城管局", List.of("市城管局"), "2026年底前"));
		assertThat(draft.tasks().toList().get(0).responsible()).extracting(ResponsibleOrganisation::role)
			.containsExactly(ResponsibilityRole.LEAD, ResponsibilityRole.SUPPORTING, ResponsibilityRole.SUPPORTING);
		assertThat(NoticeFixtures.lineWarnings(draft)).isEmpty();
	}

	@Test
	void pastedTextKeepsItsLineNumbersWhateverTheLineEndings() {
		assertThat(NoticeText.of("一\r\n二\r三\n\n四\n").lines()).containsExactly("一", "二", "三", "", "四", "");
		assertThat(NoticeText.of("").lines()).containsExactly("");
	}

	@Test
	void aTimeLimitColumnGivesEachTaskItsTimeLimit() {
		NoticeDraft draft = NoticeFixtures.parse("""
				序号\t重点任务\t牵头单位\t配合单位\t完成时限
				1\t建成全省政务数据共享平台。\t省政务服务和数字化局\t省财政厅\t2022年6月底前
				2\t推进县域商业体系建设。\t省商务厅\t\t
				""");
		assertThat(draft.tasks()).extracting(TaskDraft::lead, TaskDraft::timeLimit)
			.containsExactly(tuple("省政务服务和数字化局", "2022年6月底前"), tuple("省商务厅", null));
	}

	@Test
	void anIndicatorTableGivesEachRowItsTargetAndMarksTheBindingOnes() {
		NoticeDraft draft = NoticeFixtures.parse("""
				（一）主要指标
				序号\t指标\t单位\t2020年\t2025年\t属性\t牵头单位\t配合单位
				1\t地区生产总值年均增长\t%\t—\t6左右\t预期性\t省发展改革委\t省统计局
				2\t单位地区生产总值能源消耗降低\t%\t—\t〔13.5〕\t约束性\t省发展改革委\t省工业和信息化厅
				3\t常住人口城镇化率（%）\t\t62.6\t65\t预期性\t省住房城乡建设厅\t
				4\t森林覆盖率（%）\t\t44\t≥45\t约束性\t省林草局\t
				5\t全省总人口（万人）\t\t2400\t≤2450\t约束性\t省卫生健康委\t
				""");
		assertThat(draft.tasks()).extracting(TaskDraft::text)
			.containsExactly("地区生产总值年均增长6%左右。", "单位地区生产总值能源消耗降低13.5%（约束性）。", "常住人口城镇化率达到65%。", "森林覆盖率达到45%以上（约束性）。",
					"全省总人口控制在2450万人以内（约束性）。");
		assertThat(draft.bindingIndicators())
			.extracting(IndicatorDraft::name, IndicatorDraft::kind, IndicatorDraft::target, IndicatorDraft::unit)
			.containsExactly(
					tuple("单位地区生产总值能源消耗", IndicatorKind.REDUCE_BY_PERCENT, new java.math.BigDecimal("13.5"), "%"),
					tuple("森林覆盖率", IndicatorKind.REACH, new java.math.BigDecimal("45"), "%"),
					tuple("全省总人口", IndicatorKind.CAP, new java.math.BigDecimal("2450"), "万人"));
		assertThat(draft.expectedTargets()).extracting(IndicatorDraft::name).containsExactly("地区生产总值", "常住人口城镇化率");
		assertThat(draft.tasks().findFirst().orElseThrow().responsibleNames()).containsExactly("省发展改革委", "省统计局");
	}

}
