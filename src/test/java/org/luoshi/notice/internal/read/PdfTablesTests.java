package org.luoshi.notice.internal.read;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Division tables rebuilt from the positions of their text, on 10.5 pt pages with the
 * columns 序号 (60–96), 主要任务 (96–306), 牵头单位 (306–386), 配合单位 (386–481).
 */
class PdfTablesTests {

	static final float EM = 10.5f;

	@Test
	void aHeaderWrappedOverTwoLinesIsOneHeaderAndProseAfterTheTableEndsIt() {
		List<PdfLine> page = new ArrayList<>();
		page.add(line(100, run("序号", 67), run("主要任务", 180), run("牵头", 335), run("配合", 422)));
		page.add(line(115, run("单位", 335), run("单位", 422)));
		page.add(line(132, run("1", 75), run("推进整车扩能，加快新能源汽车项目建设", 101), run("市工业和信", 314), run("市发展改革委", 391)));
		page.add(line(147, run("设。", 101), run("息化局", 330)));
		page.add(line(175, run("各责任单位要于每年12月底前将工作进展情况报送市发展改革委。", 60)));
		assertThat(ParagraphAssembler.assemble(List.of(page))).containsExactly("序号\t主要任务\t牵头单位\t配合单位",
				"1\t推进整车扩能，加快新能源汽车项目建设设。\t市工业和信息化局\t市发展改革委", "各责任单位要于每年12月底前将工作进展情况报送市发展改革委。");
	}

	@Test
	void aTableGoesOnOnTheNextPageWithoutItsHeaderWhenTheLinesThereAreCells() {
		List<PdfLine> first = new ArrayList<>();
		first.add(line(100, run("序号", 67), run("主要任务", 180), run("牵头单位", 325), run("配合单位", 412)));
		first.add(line(117, run("1", 75), run("推进整车扩能，加快新能源汽车整车和关", 101), run("市工业和信息", 314), run("市发展改革委", 391)));
		List<PdfLine> second = new ArrayList<>();
		second.add(line(80, run("键零部件项目建设。", 101), run("化局", 335)));
		second.add(line(97, run("2", 75), run("发展现代物流。", 101), run("市商务局", 325), run("市交通运输局", 391)));
		assertThat(ParagraphAssembler.assemble(List.of(first, second))).containsExactly("序号\t主要任务\t牵头单位\t配合单位",
				"1\t推进整车扩能，加快新能源汽车整车和关键零部件项目建设。\t市工业和信息化局\t市发展改革委", "2\t发展现代物流。\t市商务局\t市交通运输局");
	}

	@Test
	void anotherHeaderAtTheTopOfAPageStartsAnotherTable() {
		List<PdfLine> first = List.of(line(100, run("序号", 67), run("主要指标", 180), run("牵头单位", 325), run("属性", 412)),
				line(117, run("1", 75), run("森林覆盖率达到45%。", 101), run("市林业局", 325), run("约束性", 412)));
		List<PdfLine> second = List.of(line(80, run("序号", 67), run("重点任务", 180), run("牵头单位", 325), run("配合单位", 412)),
				line(97, run("1", 75), run("发展现代物流。", 101), run("市商务局", 325), run("市交通运输局", 391)));
		assertThat(ParagraphAssembler.assemble(List.of(first, second))).containsExactly("序号\t主要指标\t牵头单位\t属性",
				"1\t森林覆盖率达到45%。\t市林业局\t约束性", "序号\t重点任务\t牵头单位\t配合单位", "1\t发展现代物流。\t市商务局\t市交通运输局");
	}

	@Test
	void linesWithFewWordsSetApartAreNoTableWithoutAHeaderOfOne() {
		List<PdfLine> page = List.of(line(100, run("牵头单位：市科技局", 60), run("配合单位：市教育局", 300)),
				line(117, run("吉林省人民政府", 300), run("2011年12月27日", 420)));
		assertThat(ParagraphAssembler.assemble(List.of(page))).noneMatch(p -> p.contains("\t"));
	}

	private static PdfLine.Run run(String text, float left) {
		return new PdfLine.Run(text, left, left + width(text));
	}

	private static float width(String text) {
		float width = 0f;
		for (char c : text.toCharArray()) {
			width += c < 0x80 ? EM / 2f : EM;
		}
		return width;
	}

	private static PdfLine line(float baseline, PdfLine.Run... runs) {
		StringBuilder text = new StringBuilder();
		for (PdfLine.Run run : runs) {
			text.append(text.length() == 0 ? "" : " ").append(run.text());
		}
		return new PdfLine(text.toString(), runs[0].left(), runs[runs.length - 1].right(), baseline, EM, List.of(runs));
	}

}
