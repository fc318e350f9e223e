package org.luoshi.notice;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How often a notice orders reports and, for the half-year and the quarter, when in the
 * month after the period they are due — read from the sentence that orders them.
 */
class ReportingRhythmTests {

	private static String notice(String rule) {
		return """
				某市人民政府关于印发重点工作任务分工方案的通知
				各区人民政府，市政府各部门：
				一、重点任务
				（一）推进产业升级
				1.加快先进制造业发展。（市工业和信息化局牵头，市发展改革委配合）
				2.推进数字经济发展。（市大数据局负责）
				二、工作要求
				%s
				""".formatted(rule);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			各牵头单位要于每季度结束后10日内将工作进展情况报送市政府督查室。      | quarterly   | 10
			各责任单位每季度末向市发展改革委报送任务落实情况。                    | quarterly   | 0
			各牵头单位于每季度次月5日前报送上季度工作进展情况。                  | quarterly   | 5
			各牵头单位每半年结束后十五日内将进展情况书面报送市政府。              | half-yearly | 15
			各单位每个季度报送一次工作进展情况。                                  | quarterly   |
			""")
	void readsTheRhythmAndTheDaysAfterThePeriod(String rule, String frequency, Integer daysAfter) {
		NoticeDraft draft = NoticeFixtures.parse(notice(rule));

		assertThat(draft.reporting().frequency()).isEqualTo(frequency);
		assertThat(draft.reporting().daysAfterPeriod()).isEqualTo(daysAfter);
		assertThat(draft.reporting().deadline()).isNull();
		@SuppressWarnings("unchecked")
		java.util.Map<String, Object> reporting = (java.util.Map<String, Object>) NoticeJson
			.tree(draft, "notice.txt", MessageFiles.CHINESE)
			.get("reporting");
		assertThat(reporting).containsEntry("frequency", frequency);
		assertThat(reporting.get("days_after_period")).isEqualTo(daysAfter);
	}

}
