package org.luoshi.notice.internal.read;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.luoshi.notice.NoticeFormatException;
import org.luoshi.notice.NoticeReader;
import org.luoshi.notice.NoticeText;
import org.luoshi.notice.SourceFormat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Reading PDFs: the committed two-page fixture (made by
 * {@link NoticePdfFixtureGenerator}), scans, passwords and damage.
 */
class PdfReaderTests {

	static final String FIXTURE = "/notices/two-page-division-notice.pdf";

	@Test
	void rebuildsTheParagraphsOfATwoPageNotice() throws Exception {
		byte[] bytes = fixture();
		assertThat(bytes.length).isLessThan(100 * 1024);
		NoticeText text = NoticeReader.read(bytes, "分工通知.pdf");
		assertThat(text.format()).isEqualTo(SourceFormat.PDF);
		assertThat(text.lines()).containsExactly("主要目标和任务工作分工", "二、主要目标和任务分工安排", "（一）约束性指标。",
				"耕地保有量保持在553万公顷。（省国土资源厅牵头）",
				"单位工业增加值用水量降低30％。全面推进节水型社会建设，严格实行用水总量控制、用水效率控制和水功能区限制纳污控制，" + "加快推进农业、工业和城镇生活节水，提高水资源利用效率和效益。（省水利厅牵头）",
				"１.完善规划实施和评估机制",
				"加强规划实施的组织领导，建立健全规划实施的目标责任制，将《纲要》确定的约束性指标和公共服务领域的任务纳入各地区、"
						+ "各部门经济社会发展综合评价和绩效考核，考核结果作为各级政府领导班子调整和领导干部选拔任用、奖励惩戒的重要依据。" + "（省发展改革委、省监察厅、省统计局负责）",
				"（1）各市（州）政府要结合本地实际，制定具体实施方案。", "①每年3月底前将上年度落实情况报送省政府。");
	}

	@Test
	void dropsThePageNumberFooters() throws Exception {
		NoticeText text = NoticeReader.read(fixture(), "分工通知.pdf");
		assertThat(text.lines()).noneMatch((line) -> line.contains("- 1 -") || line.contains("- 2 -"))
			.noneMatch((line) -> line.endsWith("1 -") || line.endsWith("2 -"));
	}

	@Test
	void pageWithOnlyARectangleAndAnImageIsRefusedAsAScan() throws IOException {
		byte[] bytes;
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDPage page = new PDPage();
			document.addPage(page);
			BufferedImage scan = new BufferedImage(60, 40, BufferedImage.TYPE_INT_RGB);
			Graphics2D graphics = scan.createGraphics();
			graphics.setColor(Color.WHITE);
			graphics.fillRect(0, 0, 60, 40);
			graphics.setColor(Color.BLACK);
			graphics.drawString("text", 5, 20);
			graphics.dispose();
			PDImageXObject image = LosslessFactory.createFromImage(document, scan);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.addRect(72, 600, 200, 100);
				content.fill();
				content.drawImage(image, 72, 400, 300, 200);
			}
			document.save(out);
			bytes = out.toByteArray();
		}
		assertThatExceptionOfType(NoticeFormatException.class).isThrownBy(() -> NoticeReader.read(bytes, "扫描件.pdf"))
			.withMessageContaining("扫描件.pdf")
			.withMessageContaining("没有文字层")
			.withMessageContaining("带文字层 PDF")
			.withMessageContaining(".docx");
	}

	@Test
	void pdfThatNeedsAPasswordIsRefused() throws IOException {
		byte[] bytes = encrypted("Division of tasks", "owner-secret", "user-secret");
		assertThatExceptionOfType(NoticeFormatException.class).isThrownBy(() -> NoticeReader.read(bytes, "加密通知.pdf"))
			.withMessageContaining("加密通知.pdf")
			.withMessageContaining("加密")
			.withMessageContaining("密码");
	}

	@Test
	void pdfProtectedOnlyByAnOwnerPasswordIsRead() throws Exception {
		byte[] bytes = encrypted("Division of tasks", "owner-secret", "");
		assertThat(NoticeReader.read(bytes, "通知.pdf").lines()).containsExactly("Division of tasks");
	}

	@Test
	void damagedPdfIsRefused() throws IOException {
		byte[] good = FormatDetectionTests.latinPdf("Division of tasks");
		byte[] damaged = Arrays.copyOf(good, 40);
		assertThatExceptionOfType(NoticeFormatException.class).isThrownBy(() -> NoticeReader.read(damaged, "损坏.pdf"))
			.withMessageContaining("损坏.pdf")
			.withMessageNotContaining("Exception");
	}

	@Test
	void pdfHeaderWithNothingBehindItIsRefused() {
		byte[] bytes = "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
		assertThatExceptionOfType(NoticeFormatException.class).isThrownBy(() -> NoticeReader.read(bytes, "空.pdf"))
			.withMessageContaining("空.pdf")
			.withMessageContaining("PDF");
	}

	@Test
	void pdfWhoseStreamInflatesToMoreTextThanTheReaderHoldsIsRefused() throws IOException {
		// one page whose content stream repeats a short text: about a megabyte on disk,
		// 3 million glyphs decoded, which PDFBox would hold at once (about a gigabyte)
		byte[] bytes = inflatingPdf(300_000);
		assertThat(bytes.length).isLessThan(2 * 1024 * 1024);
		assertThatExceptionOfType(NoticeFormatException.class)
			.isThrownBy(() -> NoticeReader.read(bytes, "\u81a8\u80c0.pdf"))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("pdf-too-much-text"))
			.withMessageContaining("\u81a8\u80c0.pdf")
			.withMessageNotContaining("Exception");
	}

	@Test
	void pdfWhoseStreamStaysWithinTheLimitIsRead() throws Exception {
		// the same construction, small: it is the size that is refused, not the shape
		assertThat(NoticeReader.read(inflatingPdf(1), "small.pdf").lines()).containsExactly("Division of tasks");
	}

	/**
	 * One page whose content shows "Division of tasks" {@code times} times, in one place.
	 */
	static byte[] inflatingPdf(int times) throws IOException {
		try (PDDocument document = new PDDocument()) {
			PDPage page = new PDPage();
			document.addPage(page);
			org.apache.pdfbox.pdmodel.common.PDStream content = new org.apache.pdfbox.pdmodel.common.PDStream(document);
			try (java.io.OutputStream out = content.createOutputStream(org.apache.pdfbox.cos.COSName.FLATE_DECODE)) {
				page.setResources(new org.apache.pdfbox.pdmodel.PDResources());
				page.getResources()
					.put(org.apache.pdfbox.cos.COSName.getPDFName("F1"),
							new PDType1Font(Standard14Fonts.FontName.HELVETICA));
				byte[] show = "BT /F1 12 Tf 72 720 Td (Division of tasks) Tj ET\n".getBytes(StandardCharsets.US_ASCII);
				for (int i = 0; i < times; i++) {
					out.write(show);
				}
			}
			page.setContents(content);
			ByteArrayOutputStream pdf = new ByteArrayOutputStream();
			document.save(pdf);
			return pdf.toByteArray();
		}
	}

	static byte[] fixture() throws IOException {
		try (InputStream in = PdfReaderTests.class.getResourceAsStream(FIXTURE)) {
			assertThat(in).as(FIXTURE).isNotNull();
			return in.readAllBytes();
		}
	}

	private static byte[] encrypted(String text, String ownerPassword, String userPassword) throws IOException {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDPage page = new PDPage();
			document.addPage(page);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.beginText();
				content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
				content.newLineAtOffset(72, 700);
				content.showText(text);
				content.endText();
			}
			StandardProtectionPolicy policy = new StandardProtectionPolicy(ownerPassword, userPassword,
					new AccessPermission());
			policy.setEncryptionKeyLength(128);
			document.protect(policy);
			document.save(out);
			return out.toByteArray();
		}
	}

}
