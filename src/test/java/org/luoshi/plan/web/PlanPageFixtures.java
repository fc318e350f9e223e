package org.luoshi.plan.web;

import java.nio.charset.StandardCharsets;

import org.springframework.mock.web.MockMultipartFile;

/**
 * Small county notices for the page tests that import and correct: one whose every name
 * the demo directory knows, one naming an organisation it does not.
 */
final class PlanPageFixtures {

	/** The plan the county notice divides. */
	static final String COUNTY_PLAN = "某县国民经济和社会发展第十四个五年规划纲要";

	/**
	 * The task led by one organisation with another taking part, to be done by the end of
	 * 2022.
	 */
	static final String PLATFORM = "建设全县政务数据共享平台";

	/** The task two organisations answer for together, with nobody leading. */
	static final String ROADS = "完善农村公路网络";

	private PlanPageFixtures() {
	}

	static MockMultipartFile countyNotice() {
		return file("county.txt", """
				各乡镇人民政府，县政府各部门：
				　　现将《%s》重点任务分工印发给你们。
				　　（一）推进数字政府建设。
				　　%s。（省发展改革委牵头，省财政厅参与，2022年底前完成）
				　　%s，提高农村客运通达率。（省交通运输厅、省财政厅负责）
				　　二○二一年五月六日
				""".formatted(COUNTY_PLAN, PLATFORM, ROADS));
	}

	/** A city's notice naming 省大数据中心, which the demo directory does not hold. */
	static MockMultipartFile cityNoticeWithAnUnknownName() {
		return file("city.txt", """
				各区人民政府，市政府各部门：
				　　现将《某市国民经济和社会发展第十四个五年规划纲要》重点任务分工印发给你们。
				　　（一）推进数字政府建设。
				　　建设全市政务数据共享平台。（省大数据中心牵头，省发展改革委参与）
				　　二○二一年五月七日
				""");
	}

	/**
	 * A notice whose sections skip a number (1. then 3.), which the importer warns of.
	 */
	static MockMultipartFile noticeWithAGapInItsNumbering() {
		return file("gap.txt", """
				各村民委员会，镇政府各部门：
				　　现将《某镇国民经济和社会发展第十四个五年规划纲要》重点任务分工印发给你们。
				　　（一）推进数字政府建设。
				　　1.建设平台。
				　　建设全镇政务数据共享平台。（省发展改革委牵头，省财政厅参与）
				　　3.完善网络。
				　　完善农村公路网络。（省交通运输厅、省财政厅负责）
				　　二○二一年五月八日
				""");
	}

	static MockMultipartFile file(String name, String text) {
		return new MockMultipartFile("file", name, "text/plain", text.getBytes(StandardCharsets.UTF_8));
	}

}
