package org.luoshi.notice.internal.read;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Paragraph rebuilding from line geometry, one rule at a time, on a 16 pt page with the
 * left margin at 80 and the right margin at 515.
 */
class ParagraphAssemblerTests {

	static final float EM = 16f;

	static final float LEFT = 80f;

	static final float RIGHT = 515f;

	@Test
	void indentedLineStartsAParagraph() {
		List<String> paragraphs = assemble(
				page(indented("单位工业增加值用水量降低30％。全面推进节水型社会建"), full("设，严格实行用水总量控制、用水效率控制和水功能区限制纳"),
						full("污控制，提高水资源利用效率和效益。（省水利厅牵头）"), indented("加强规划实施的组织领导，建立健全规划实施的目标责任"), full("制。")));
		assertThat(paragraphs).containsExactly(
				"单位工业增加值用水量降低30％。全面推进节水型社会建设，严格实行用水总量控制、用水效率控制和水功能区限制纳污控制，提高水资源利用效率和效益。（省水利厅牵头）",
				"加强规划实施的组织领导，建立健全规划实施的目标责任制。");
	}

	@Test
	void lineAfterAShortLineStartsAParagraphEvenWithoutIndent() {
		List<String> paragraphs = assemble(page(full("耕地保有量保持在553万公顷。（省国土资源厅牵头）"), shortLine("森林覆盖率达到43％。", 10),
				full("单位地区生产总值能源消耗降低16％。（省发展改革委牵头）")));
		assertThat(paragraphs).containsExactly("耕地保有量保持在553万公顷。（省国土资源厅牵头）森林覆盖率达到43％。", "单位地区生产总值能源消耗降低16％。（省发展改革委牵头）");
	}

	@Test
	void lineStartingWithNumberingStartsAParagraphEvenAfterAFullLine() {
		List<String> paragraphs = assemble(page(full("（一）约束性指标。耕地保有量保持在553万公顷，森林覆盖率达"), full("１.完善规划实施和评估机制，加强组织领导，健全"),
				full("（1）各市（州）政府要结合本地实际制定方案，抓好"), full("①每年3月底前将上年度落实情况报送省政府，并"), full("一、主要目标和任务分工安排，明确责任单位")));
		assertThat(paragraphs).containsExactly("（一）约束性指标。耕地保有量保持在553万公顷，森林覆盖率达", "１.完善规划实施和评估机制，加强组织领导，健全",
				"（1）各市（州）政府要结合本地实际制定方案，抓好", "①每年3月底前将上年度落实情况报送省政府，并", "一、主要目标和任务分工安排，明确责任单位");
	}

	@Test
	void oneOverlongLineDoesNotMoveTheRightMargin() {
		List<String> paragraphs = assemble(page(indented("详见省发展改革委网站公布的《纲要》全文及附表，网址为"),
				new LineShape("http://www.jldrc.gov.cn/ghc/gangyao/2011/12/27/", LEFT, RIGHT + 60f, 0f),
				indented("各市（州）政府要结合本地实际，制定具体实施方案，明"), full("确责任分工，认真抓好落实。（各市（州）政府负责）")));
		assertThat(paragraphs).containsExactly(
				"详见省发展改革委网站公布的《纲要》全文及附表，网址为http://www.jldrc.gov.cn/ghc/gangyao/2011/12/27/",
				"各市（州）政府要结合本地实际，制定具体实施方案，明确责任分工，认真抓好落实。（各市（州）政府负责）");
	}

	@Test
	void wrappedLineStartingWithADecimalFractionContinues() {
		List<String> paragraphs = assemble(
				page(indented("化学需氧量、氨氮、二氧化硫、氮氧化物排放量分别减少"), full("8.8％、10.1％、2.8％和5.8％。（省环境保护厅牵头）")));
		assertThat(paragraphs).containsExactly("化学需氧量、氨氮、二氧化硫、氮氧化物排放量分别减少8.8％、10.1％、2.8％和5.8％。（省环境保护厅牵头）");
	}

	@Test
	void paragraphContinuesAcrossThePageBreak() {
		List<String> paragraphs = assemble(
				page(indented("加强规划实施的组织领导，建立健全规划实施的目标责任"), full("制，将约束性指标纳入综合评价和绩效考核，考核结果作为")),
				page(full("领导干部选拔任用的重要依据。（省监察厅负责）"), indented("各市（州）政府要结合本地实际制定方案。")));
		assertThat(paragraphs).containsExactly(
				"加强规划实施的组织领导，建立健全规划实施的目标责任制，将约束性指标纳入综合评价和绩效考核，考核结果作为领导干部选拔任用的重要依据。（省监察厅负责）", "各市（州）政府要结合本地实际制定方案。");
	}

	@Test
	void pageNumbersAtTheTopOrBottomOfAPageAreDropped() {
		for (String number : List.of("- 3 -", "— 3 —", "3", "第3页", "第 3 页 共 12 页", "－３－", "3/12")) {
			List<String> paragraphs = assemble(
					page(full("加强规划实施的组织领导，建立健全规划实施的目标责任"), shortLine("制，将约束性指标纳入综合评价和绩效考核。", 20), footer(number)),
					page(header(number), indented("各市（州）政府要结合本地实际制定方案。")));
			assertThat(paragraphs).as(number)
				.containsExactly("加强规划实施的组织领导，建立健全规划实施的目标责任制，将约束性指标纳入综合评价和绩效考核。", "各市（州）政府要结合本地实际制定方案。");
		}
	}

	@Test
	void numberInsideThePageStays() {
		List<String> paragraphs = assemble(page(new LineShape("指标如下：", LEFT + 2 * EM, LEFT + 7 * EM, 0f),
				shortLine("553", 3), indented("以上指标均为约束性指标。")));
		assertThat(paragraphs).containsExactly("指标如下：", "553", "以上指标均为约束性指标。");
	}

	@Test
	void wideVerticalGapStartsAParagraph() {
		List<PdfLine> lines = new ArrayList<>();
		lines.add(new PdfLine("加强规划实施的组织领导，建立健全规划实施的目标责任", LEFT, RIGHT, 100, EM));
		lines.add(new PdfLine("制，将约束性指标纳入综合评价和绩效考核，考核结果作为", LEFT, RIGHT, 128, EM));
		lines.add(new PdfLine("领导干部选拔任用的重要依据，并向社会公布考核结果。", LEFT, RIGHT, 156, EM));
		lines.add(new PdfLine("附件：吉林省国民经济和社会发展第十二个五年规划纲要", LEFT, RIGHT, 220, EM));
		List<String> paragraphs = ParagraphAssembler.assemble(List.of(lines));
		assertThat(paragraphs).containsExactly(
				"加强规划实施的组织领导，建立健全规划实施的目标责任制，将约束性指标纳入综合评价和绩效考核，考核结果作为领导干部选拔任用的重要依据，并向社会公布考核结果。",
				"附件：吉林省国民经济和社会发展第十二个五年规划纲要");
	}

	@Test
	void latinWordsMeetingAtALineBreakAreSeparatedByASpace() {
		List<String> paragraphs = assemble(
				page(full("The Twelfth Five-Year Plan of Jilin"), full("Province sets 553 thousand hectares")));
		assertThat(paragraphs)
			.containsExactly("The Twelfth Five-Year Plan of Jilin Province sets 553 thousand hectares");
	}

	@Test
	void spacesBetweenChineseCharactersOfAJustifiedLineAreClosed() {
		assertThat(WrappedLineJoiner.closeCjkGaps("耕地 保有量  保持在553 万公顷 。 Plan A")).isEqualTo("耕地保有量保持在553 万公顷。 Plan A");
	}

	@SafeVarargs
	private static List<String> assemble(List<PdfLine>... pages) {
		return ParagraphAssembler.assemble(List.of(pages));
	}

	/** Lines laid out top to bottom with a 28 pt line spacing. */
	private static List<PdfLine> page(LineShape... shapes) {
		List<PdfLine> lines = new ArrayList<>();
		for (int i = 0; i < shapes.length; i++) {
			LineShape shape = shapes[i];
			float baseline = shape.baseline() != 0f ? shape.baseline() : 100f + 28f * i;
			lines.add(new PdfLine(shape.text(), shape.left(), shape.right(), baseline, EM));
		}
		return lines;
	}

	private record LineShape(String text, float left, float right, float baseline) {
	}

	private static LineShape full(String text) {
		return new LineShape(text, LEFT, RIGHT, 0f);
	}

	private static LineShape indented(String text) {
		return new LineShape(text, LEFT + 2 * EM, RIGHT, 0f);
	}

	private static LineShape shortLine(String text, int characters) {
		return new LineShape(text, LEFT, LEFT + characters * EM, 0f);
	}

	private static LineShape footer(String text) {
		return new LineShape(text, 280f, 315f, 800f);
	}

	private static LineShape header(String text) {
		return new LineShape(text, 280f, 315f, 40f);
	}

}
