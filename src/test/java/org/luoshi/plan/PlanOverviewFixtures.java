package org.luoshi.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * Plans as the home page and other screens see them, taken from the hand-checked
 * extraction of the seed notice (13 chapters, 53 sections, 146 tasks).
 */
public final class PlanOverviewFixtures {

	private PlanOverviewFixtures() {
	}

	/** Jilin's 12th Five-Year Plan outline as divided by the notice of 2011-12-27. */
	public static PlanOverview jilinTwelfthFiveYearPlan() {
		return new PlanOverview(1, "吉林省国民经济和社会发展第十二个五年规划纲要", 2011, 2015, "吉林省人民政府", LocalDate.of(2011, 12, 27),
				List.of(new ChapterOverview(1, "约束性指标", 0, 12), new ChapterOverview(2, "促进率先实现农业现代化", 4, 12),
						new ChapterOverview(3, "建设新型工业基地", 4, 5), new ChapterOverview(4, "实现服务业跨越式发展", 4, 21),
						new ChapterOverview(5, "统筹推进吉林特色城镇化", 4, 16), new ChapterOverview(6, "提高区域创新能力", 5, 5),
						new ChapterOverview(7, "加快基础设施建设", 4, 7), new ChapterOverview(8, "建设生态吉林", 4, 13),
						new ChapterOverview(9, "大力发展社会事业", 7, 25), new ChapterOverview(10, "实施富民工程", 7, 13),
						new ChapterOverview(11, "深化改革", 5, 12), new ChapterOverview(12, "实施开放带动战略", 3, 3),
						new ChapterOverview(13, "实现发展宏伟蓝图", 2, 2)));
	}

	/** A plan whose notice did not state its period, issuer or date. */
	public static PlanOverview planWithoutPeriodOrIssuer() {
		return new PlanOverview(2, "某县国民经济和社会发展规划纲要", null, null, null, null,
				List.of(new ChapterOverview(1, "总体要求", 1, 3)));
	}

}
