package org.luoshi.notice;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plan's period read from how notices name the plan: 第十二个五年, “十四五”, or the years
 * themselves.
 */
class PlanPeriodTests {

	@ParameterizedTest(name = "{0} → {1}–{2}")
	@CsvSource({ "《某省国民经济和社会发展第十一个五年规划纲要》, 2006, 2010", "《某省国民经济和社会发展第十二个五年规划纲要》, 2011, 2015",
			"为落实“十三五”规划纲要提出的目标任务, 2016, 2020", "为落实“十四五”规划确定的目标任务, 2021, 2025", "为落实“十五五”规划确定的目标任务, 2026, 2030",
			"《某市国民经济和社会发展规划纲要（2021—2025年）》, 2021, 2025", "《某县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》, 2021, 2025" })
	void readsThePlanPeriod(String preamble, int start, int end) {
		NoticeDraft draft = NoticeFixtures.parse("""
				各乡镇人民政府：
				　　%s，现将分工方案印发给你们。
				（一）推进重点工作。
				　　推进整车扩能。（县工业和信息化局牵头）
				""".formatted(preamble));
		assertThat(draft.plan().startYear()).isEqualTo(start);
		assertThat(draft.plan().endYear()).isEqualTo(end);
		assertThat(draft.plan().baselineYear()).isEqualTo(start - 1);
		assertThat(draft.warnings()).extracting(ParseWarning::code).doesNotContain(ParseWarning.NO_PLAN_PERIOD);
	}

}
