package org.luoshi.notice.internal.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import org.luoshi.notice.NoticeFormatException;
import org.luoshi.notice.NoticeReader;
import org.luoshi.notice.NoticeText;
import org.luoshi.notice.SourceFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRunTrackChange;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Reading .docx bodies: paragraphs and tables in order, automatic numbering rendered. */
class DocxReaderTests {

	@Test
	void readsParagraphsAndTableRowsInDocumentOrder() throws Exception {
		try (XWPFDocument document = new XWPFDocument()) {
			paragraph(document, "　　各市（州）人民政府，长白山管委会：");
			XWPFTable table = document.createTable(2, 3);
			fill(table, 0, "序号", "任务", "牵头单位");
			fill(table, 1, "1", "耕地保有量保持在553万公顷", "省国土资源厅");
			paragraph(document, "　　二〇一一年十二月二十七日");
			NoticeText text = read(document);
			assertThat(text.format()).isEqualTo(SourceFormat.DOCX);
			assertThat(text.encoding()).isNull();
			assertThat(text.lines()).containsExactly("　　各市（州）人民政府，长白山管委会：", "序号\t任务\t牵头单位", "1\t耕地保有量保持在553万公顷\t省国土资源厅",
					"　　二〇一一年十二月二十七日");
		}
	}

	@Test
	void emptyParagraphsKeepTheirLineSoThatLinesCountParagraphs() throws Exception {
		try (XWPFDocument document = new XWPFDocument()) {
			paragraph(document, "（一）约束性指标。");
			document.createParagraph();
			paragraph(document, "耕地保有量保持在553万公顷。（省国土资源厅牵头）");
			assertThat(read(document).lines()).containsExactly("（一）约束性指标。", "", "耕地保有量保持在553万公顷。（省国土资源厅牵头）");
		}
	}

	@Test
	void cellWithSeveralParagraphsBecomesOneCellOfItsRow() throws Exception {
		try (XWPFDocument document = new XWPFDocument()) {
			XWPFTable table = document.createTable(1, 2);
			XWPFTableCell cell = table.getRow(0).getCell(1);
			cell.getParagraphs().get(0).createRun().setText("省发展改革委");
			cell.addParagraph().createRun().setText("省\t财政厅");
			table.getRow(0).getCell(0).setText("加强规划实施的组织领导");
			assertThat(read(document).lines()).containsExactly("加强规划实施的组织领导\t省发展改革委 省 财政厅");
		}
	}

	@Test
	void manualLineBreaksInsideAParagraphAreJoined() throws Exception {
		try (XWPFDocument document = new XWPFDocument()) {
			XWPFRun run = document.createParagraph().createRun();
			run.setText("耕地保有量保持在");
			run.addBreak();
			run.setText("553万公顷。");
			XWPFRun latin = document.createParagraph().createRun();
			latin.setText("Division of");
			latin.addBreak();
			latin.setText("tasks");
			assertThat(read(document).lines()).containsExactly("耕地保有量保持在553万公顷。", "Division of tasks");
		}
	}

	@Test
	void hiddenTextAndFootnotesAreLeftOut() throws Exception {
		try (XWPFDocument document = new XWPFDocument()) {
			XWPFParagraph paragraph = document.createParagraph();
			paragraph.createRun().setText("耕地保有量保持在553万公顷。");
			XWPFRun hidden = paragraph.createRun();
			hidden.setText("（草稿批注）");
			hidden.setVanish(true);
			document.createFootnotes();
			XWPFFootnote footnote = document.createFootnote();
			footnote.createParagraph().createRun().setText("数据来源：省统计局");
			paragraph.addFootnoteReference(footnote);
			assertThat(read(document).lines()).containsExactly("耕地保有量保持在553万公顷。");
		}
	}

	@Test
	void trackedDeletionsAreLeftOutAndInsertionsKept() throws Exception {
		try (XWPFDocument document = new XWPFDocument()) {
			CTP paragraph = document.createParagraph().getCTP();
			paragraph.addNewR().addNewT().setStringValue("耕地保有量保持在");
			CTRunTrackChange deletion = paragraph.addNewDel();
			deletion.setId(BigInteger.ONE);
			deletion.setAuthor("省国土资源厅");
			deletion.addNewR().addNewDelText().setStringValue("550");
			CTRunTrackChange insertion = paragraph.addNewIns();
			insertion.setId(BigInteger.TWO);
			insertion.setAuthor("省国土资源厅");
			insertion.addNewR().addNewT().setStringValue("553");
			paragraph.addNewR().addNewT().setStringValue("万公顷。");
			assertThat(read(document).lines()).containsExactly("耕地保有量保持在553万公顷。");
		}
	}

	@Test
	void rendersChineseCountingInParentheses() throws Exception {
		try (XWPFDocument document = new XWPFDocument()) {
			BigInteger list = list(document, level(STNumberFormat.CHINESE_COUNTING, "（%1）"));
			for (int i = 1; i <= 12; i++) {
				numbered(document, list, 0, "第" + i + "项任务。");
			}
			List<String> lines = read(document).lines();
			assertThat(lines.get(0)).isEqualTo("（一）第1项任务。");
			assertThat(lines.get(1)).isEqualTo("（二）第2项任务。");
			assertThat(lines.get(9)).isEqualTo("（十）第10项任务。");
			assertThat(lines.get(10)).isEqualTo("（十一）第11项任务。");
			assertThat(lines.get(11)).isEqualTo("（十二）第12项任务。");
		}
	}

	@Test
	void rendersDecimalWithAFullStop() throws Exception {
		try (XWPFDocument document = new XWPFDocument()) {
			BigInteger list = list(document, level(STNumberFormat.DECIMAL, "%1."));
			numbered(document, list, 0, "完善规划实施和评估机制");
			paragraph(document, "　　加强规划实施的组织领导。");
			numbered(document, list, 0, "加大经济合作力度");
			assertThat(read(document).lines()).containsExactly("1.完善规划实施和评估机制", "　　加强规划实施的组织领导。", "2.加大经济合作力度");
		}
	}

	@Test
	void deeperLevelsRestartWhenAHigherLevelAdvances() throws Exception {
		try (XWPFDocument document = new XWPFDocument()) {
			BigInteger list = list(document, level(STNumberFormat.CHINESE_COUNTING, "%1、"),
					level(STNumberFormat.CHINESE_COUNTING, "（%2）"), level(STNumberFormat.DECIMAL, "%3."),
					level(STNumberFormat.DECIMAL, "（%4）"), level(STNumberFormat.DECIMAL_ENCLOSED_CIRCLE, "%5"));
			numbered(document, list, 0, "主要目标和任务分工安排");
			numbered(document, list, 1, "约束性指标。");
			numbered(document, list, 2, "完善规划实施和评估机制");
			numbered(document, list, 2, "加强监督检查");
			numbered(document, list, 1, "预期性指标。");
			numbered(document, list, 2, "扩大消费需求");
			numbered(document, list, 3, "各市（州）政府制定实施方案。");
			numbered(document, list, 4, "每年3月底前报送落实情况。");
			numbered(document, list, 4, "每年12月底前开展自查。");
			numbered(document, list, 3, "省直部门加强指导。");
			numbered(document, list, 4, "按季度调度。");
			numbered(document, list, 0, "工作要求");
			numbered(document, list, 1, "加强组织领导。");
			assertThat(read(document).lines()).containsExactly("一、主要目标和任务分工安排", "（一）约束性指标。", "1.完善规划实施和评估机制",
					"2.加强监督检查", "（二）预期性指标。", "1.扩大消费需求", "（1）各市（州）政府制定实施方案。", "①每年3月底前报送落实情况。", "②每年12月底前开展自查。",
					"（2）省直部门加强指导。", "①按季度调度。", "二、工作要求", "（一）加强组织领导。");
		}
	}

	@Test
	void multiLevelTextShowsTheHigherLevelsAndIsFollowedByASpace() throws Exception {
		try (XWPFDocument document = new XWPFDocument()) {
			BigInteger list = list(document, level(STNumberFormat.DECIMAL, "%1"),
					level(STNumberFormat.DECIMAL, "%1.%2"));
			numbered(document, list, 0, "总体要求");
			numbered(document, list, 1, "指导思想");
			numbered(document, list, 1, "基本原则");
			numbered(document, list, 0, "主要任务");
			numbered(document, list, 1, "稳增长");
			assertThat(read(document).lines()).containsExactly("1 总体要求", "1.1 指导思想", "1.2 基本原则", "2 主要任务", "2.1 稳增长");
		}
	}

	@Test
	void listsSharingADefinitionContinueUnlessTheyOverrideTheStart() throws Exception {
		try (XWPFDocument document = new XWPFDocument()) {
			BigInteger first = list(document, level(STNumberFormat.DECIMAL, "%1."));
			XWPFNumbering numbering = document.getNumbering();
			BigInteger abstractId = numbering.getNum(first).getCTNum().getAbstractNumId().getVal();
			BigInteger continued = numbering.addNum(abstractId);
			BigInteger restarted = numbering.addNum(abstractId);
			CTNumLvl override = numbering.getNum(restarted).getCTNum().addNewLvlOverride();
			override.setIlvl(BigInteger.ZERO);
			override.addNewStartOverride().setVal(BigInteger.ONE);
			numbered(document, first, 0, "完善规划实施机制");
			numbered(document, first, 0, "加强监督检查");
			numbered(document, continued, 0, "健全考核办法");
			numbered(document, restarted, 0, "加强组织领导");
			numbered(document, restarted, 0, "强化督促检查");
			assertThat(read(document).lines()).containsExactly("1.完善规划实施机制", "2.加强监督检查", "3.健全考核办法", "1.加强组织领导",
					"2.强化督促检查");
		}
	}

	@Test
	void numberingInheritedFromTheParagraphStyleIsRendered() throws Exception {
		try (XWPFDocument document = new XWPFDocument()) {
			BigInteger list = list(document, level(STNumberFormat.CHINESE_COUNTING, "%1、"));
			XWPFStyles styles = document.createStyles();
			CTStyle style = CTStyle.Factory.newInstance();
			style.setStyleId("NoticePart");
			style.setType(STStyleType.PARAGRAPH);
			style.addNewName().setVal("Notice part");
			style.addNewPPr().addNewNumPr().addNewNumId().setVal(list);
			styles.addStyle(new XWPFStyle(style, styles));
			for (String title : List.of("分工原则", "主要目标和任务分工安排")) {
				XWPFParagraph paragraph = document.createParagraph();
				paragraph.setStyle("NoticePart");
				paragraph.createRun().setText(title);
			}
			assertThat(read(document).lines()).containsExactly("一、分工原则", "二、主要目标和任务分工安排");
		}
	}

	@Test
	void bulletsAddNoText() throws Exception {
		try (XWPFDocument document = new XWPFDocument()) {
			BigInteger list = list(document, level(STNumberFormat.BULLET, "\uF0B7"));
			numbered(document, list, 0, "省发展改革委");
			assertThat(read(document).lines()).containsExactly("省发展改革委");
		}
	}

	@Test
	void documentWithoutTextIsRefused() throws IOException {
		try (XWPFDocument document = new XWPFDocument()) {
			document.createParagraph();
			document.createParagraph().createRun().setText("　　 ");
			byte[] bytes = bytes(document);
			assertThatExceptionOfType(NoticeFormatException.class)
				.isThrownBy(() -> NoticeReader.read(bytes, "空白通知.docx"))
				.withMessageContaining("空白通知.docx")
				.withMessageContaining("没有文字");
		}
	}

	static NoticeText read(XWPFDocument document) throws IOException, NoticeFormatException {
		return NoticeReader.read(bytes(document), "通知.docx");
	}

	static byte[] bytes(XWPFDocument document) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		document.write(out);
		return out.toByteArray();
	}

	static void paragraph(XWPFDocument document, String text) {
		document.createParagraph().createRun().setText(text);
	}

	static void numbered(XWPFDocument document, BigInteger numId, int level, String text) {
		XWPFParagraph paragraph = document.createParagraph();
		paragraph.setNumID(numId);
		paragraph.setNumILvl(BigInteger.valueOf(level));
		paragraph.createRun().setText(text);
	}

	private static void fill(XWPFTable table, int row, String... cells) {
		for (int i = 0; i < cells.length; i++) {
			table.getRow(row).getCell(i).setText(cells[i]);
		}
	}

	/** One level of a list definition: its number format and level text. */
	record Level(STNumberFormat.Enum format, String text) {
	}

	static Level level(STNumberFormat.Enum format, String text) {
		return new Level(format, text);
	}

	/**
	 * Defines an abstract numbering with the levels and returns the numId pointing to it.
	 */
	static BigInteger list(XWPFDocument document, Level... levels) {
		XWPFNumbering numbering = document.createNumbering();
		CTAbstractNum definition = CTAbstractNum.Factory.newInstance();
		definition.setAbstractNumId(BigInteger.valueOf(numbering.getAbstractNums().size() + 10));
		for (int i = 0; i < levels.length; i++) {
			CTLvl lvl = definition.addNewLvl();
			lvl.setIlvl(BigInteger.valueOf(i));
			lvl.addNewStart().setVal(BigInteger.ONE);
			lvl.addNewNumFmt().setVal(levels[i].format());
			lvl.addNewLvlText().setVal(levels[i].text());
		}
		BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(definition, numbering));
		return numbering.addNum(abstractId);
	}

}
