package org.luoshi.implementation.internal.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Word numbers its lists itself: the （一） and 1. are in the numbering definitions, not in
 * the text. The reader renders them, so an auto-numbered plan reads like a typed one.
 */
class AutoNumberingTests {

	@Test
	void automaticNumbersMakeTheOutline() throws IOException {
		byte[] docx;
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			XWPFNumbering numbering = document.createNumbering();
			CTAbstractNum definition = CTAbstractNum.Factory.newInstance();
			definition.setAbstractNumId(BigInteger.ZERO);
			level(definition, 0, STNumberFormat.CHINESE_COUNTING, "（%1）");
			level(definition, 1, STNumberFormat.DECIMAL, "%2.");
			BigInteger numId = numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(definition)));
			document.createParagraph().createRun().setText("某厅实施方案（2013年）");
			paragraph(document, numId, 0, "优化农业产业布局（对应任务2.2.1）");
			paragraph(document, numId, 1, "实施秸秆综合利用工程。责任处室：科技教育处。完成时限：6月底前。");
			paragraph(document, numId, 1, "推进粪污资源化利用。责任处室：畜牧业管理处。");
			paragraph(document, numId, 0, "推进农产品质量安全检验检测体系建设");
			paragraph(document, numId, 1, "新建检测站20个。责任处室：市场与经济信息处。");
			document.write(out);
			docx = out.toByteArray();
		}

		ReadDocument read = new ImplementationDocumentReader().read(docx, "auto.docx");

		assertThat(read.items()).extracting(ReadItem::numbering).containsExactly("1.", "2.", "1.");
		assertThat(read.items()).extracting(ReadItem::taskCode).containsExactly("2.2.1", "2.2.1", null);
		assertThat(read.items()).extracting(ReadItem::taskText)
			.containsExactly("优化农业产业布局", "优化农业产业布局", "推进农产品质量安全检验检测体系建设");
		assertThat(read.items().get(0).milestones().get(0).due().code()).isEqualTo("2013-06");
	}

	private static void level(CTAbstractNum definition, int index, STNumberFormat.Enum format, String text) {
		CTLvl lvl = definition.addNewLvl();
		lvl.setIlvl(BigInteger.valueOf(index));
		lvl.addNewStart().setVal(BigInteger.ONE);
		lvl.addNewNumFmt().setVal(format);
		lvl.addNewLvlText().setVal(text);
	}

	private static void paragraph(XWPFDocument document, BigInteger numId, int level, String text) {
		XWPFParagraph paragraph = document.createParagraph();
		paragraph.setNumID(numId);
		paragraph.setNumILvl(BigInteger.valueOf(level));
		paragraph.createRun().setText(text);
	}

}
