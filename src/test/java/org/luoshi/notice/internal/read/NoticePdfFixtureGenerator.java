package org.luoshi.notice.internal.read;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Generates {@code src/test/resources/notices/two-page-division-notice.pdf}, the PDF with
 * a Chinese text layer that {@code PdfReaderTests} reads. It is a program, not a test: it
 * needs a CJK TrueType font (WenQuanYi Micro Hei, {@code apt-get install
 * fonts-wqy-microhei}), which a fresh machine does not have, so the PDF it made is
 * committed and the tests only read it.
 * <p>
 * The page imitates an official document: 16 pt text, paragraphs with a first-line indent
 * of two characters, lines justified to the right margin (character spacing stretched, as
 * Word does), a numbered heading, a paragraph that runs across the page break, and a page
 * number footer {@code - n -}. The font is embedded as a subset, which keeps the file
 * small.
 * <p>
 * Run from the project directory:
 *
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *     org.luoshi.notice.internal.read.NoticePdfFixtureGenerator [font.ttc] [out.pdf]
 * </pre>
 */
public final class NoticePdfFixtureGenerator {

	static final String DEFAULT_FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc";

	static final String DEFAULT_OUTPUT = "src/test/resources/notices/two-page-division-notice.pdf";

	private static final float FONT_SIZE = 16f;

	private static final float TITLE_SIZE = 22f;

	private static final float LEFT = 80f;

	private static final float RIGHT = 515f;

	private static final float TOP = 760f;

	private static final float LEADING = 28f;

	private static final int LINES_PER_PAGE = 11;

	/**
	 * Characters that must not begin a line (避头): they pull the character before them
	 * down.
	 */
	private static final String NO_LINE_START = "。，、；：？！）》」』”’％";

	/** The paragraphs: text, and whether the first line is indented two characters. */
	private static final String[][] PARAGRAPHS = { { "二、主要目标和任务分工安排", "indent" }, { "（一）约束性指标。", "indent" },
			{ "耕地保有量保持在553万公顷。（省国土资源厅牵头）", "indent" },
			{ "单位工业增加值用水量降低30％。全面推进节水型社会建设，严格实行用水总量控制、用水效率控制和水功能区限制纳污控制，" + "加快推进农业、工业和城镇生活节水，提高水资源利用效率和效益。（省水利厅牵头）",
					"indent" },
			{ "１.完善规划实施和评估机制", "indent" },
			{ "加强规划实施的组织领导，建立健全规划实施的目标责任制，将《纲要》确定的约束性指标和公共服务领域的任务纳入各地区、"
					+ "各部门经济社会发展综合评价和绩效考核，考核结果作为各级政府领导班子调整和领导干部选拔任用、奖励惩戒的重要依据。" + "（省发展改革委、省监察厅、省统计局负责）", "indent" },
			{ "（1）各市（州）政府要结合本地实际，制定具体实施方案。", "indent" }, { "①每年3月底前将上年度落实情况报送省政府。", "indent" } };

	private NoticePdfFixtureGenerator() {
	}

	public static void main(String[] args) throws IOException {
		String fontFile = (args.length > 0) ? args[0] : DEFAULT_FONT;
		String output = (args.length > 1) ? args[1] : DEFAULT_OUTPUT;
		try (TrueTypeCollection collection = new TrueTypeCollection(new File(fontFile));
				PDDocument document = new PDDocument()) {
			TrueTypeFont[] regular = new TrueTypeFont[1];
			collection.processAllFonts((font) -> {
				if (regular[0] == null && !font.getName().contains("Mono")) {
					regular[0] = font;
				}
			});
			PDType0Font font = PDType0Font.load(document, regular[0], true);
			List<Line> lines = layout(font);
			int pages = (lines.size() + LINES_PER_PAGE - 1) / LINES_PER_PAGE;
			for (int p = 0; p < pages; p++) {
				PDPage page = new PDPage(PDRectangle.A4);
				document.addPage(page);
				try (PDPageContentStream content = new PDPageContentStream(document, page)) {
					if (p == 0) {
						String title = "主要目标和任务工作分工";
						float width = font.getStringWidth(title) / 1000f * TITLE_SIZE;
						show(content, font, TITLE_SIZE, (PDRectangle.A4.getWidth() - width) / 2f, TOP + 30f, 0f, title);
					}
					for (int i = 0; i < LINES_PER_PAGE && p * LINES_PER_PAGE + i < lines.size(); i++) {
						Line line = lines.get(p * LINES_PER_PAGE + i);
						show(content, font, FONT_SIZE, line.x(), TOP - 20f - i * LEADING, line.spacing(), line.text());
					}
					String footer = "- " + (p + 1) + " -";
					float width = font.getStringWidth(footer) / 1000f * 14f;
					show(content, font, 14f, (PDRectangle.A4.getWidth() - width) / 2f, 50f, 0f, footer);
				}
			}
			document.save(new File(output));
			for (Line line : lines) {
				System.out.println(line.text());
			}
			System.out.println("written " + output + ", " + new File(output).length() + " bytes, " + pages + " pages");
		}
	}

	private record Line(String text, float x, float spacing) {
	}

	/**
	 * Greedy line breaking with 避头 and justification of every line but a paragraph's
	 * last.
	 */
	private static List<Line> layout(PDType0Font font) throws IOException {
		List<Line> lines = new ArrayList<>();
		for (String[] paragraph : PARAGRAPHS) {
			String text = paragraph[0];
			boolean first = true;
			int start = 0;
			while (start < text.length()) {
				float x = LEFT + ((first && "indent".equals(paragraph[1])) ? 2 * FONT_SIZE : 0f);
				float available = RIGHT - x;
				int end = start;
				float width = 0f;
				while (end < text.length()) {
					float w = width(font, text.charAt(end));
					if (width + w > available) {
						break;
					}
					width += w;
					end++;
				}
				if (end < text.length() && NO_LINE_START.indexOf(text.charAt(end)) >= 0 && end - start > 1) {
					end--;
				}
				String piece = text.substring(start, end);
				boolean last = end >= text.length();
				float natural = font.getStringWidth(piece) / 1000f * FONT_SIZE;
				float spacing = (last || piece.length() < 2) ? 0f : (available - natural) / (piece.length() - 1);
				lines.add(new Line(piece, x, spacing));
				start = end;
				first = false;
			}
		}
		return lines;
	}

	private static float width(PDType0Font font, char c) throws IOException {
		return font.getStringWidth(String.valueOf(c)) / 1000f * FONT_SIZE;
	}

	private static void show(PDPageContentStream content, PDType0Font font, float size, float x, float y, float spacing,
			String text) throws IOException {
		content.beginText();
		content.setFont(font, size);
		content.setCharacterSpacing(spacing);
		content.newLineAtOffset(x, y);
		content.showText(text);
		content.endText();
	}

}
