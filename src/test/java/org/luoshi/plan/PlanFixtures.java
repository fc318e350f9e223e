package org.luoshi.plan;

import java.nio.charset.StandardCharsets;

import org.luoshi.notice.NoticeFixtures;

/**
 * Notices for the register's tests: the seed, and the seed revised in four ways an office
 * meets.
 */
final class PlanFixtures {

	static final String SEED_FILE = "jilin-division.txt";

	private PlanFixtures() {
	}

	static byte[] seed() {
		return NoticeFixtures.seedBytes();
	}

	/**
	 * The seed with task 2.1.2's figure changed, task 2.1.5 struck out, a new task after
	 * 2.4.3, and task 2.4.1 led by two organisations instead of one.
	 */
	static byte[] revisedSeed() {
		String text = NoticeFixtures.seedText();
		text = replace(text, "新增耕地面积275万亩", "新增耕地面积300万亩");
		text = replace(text, "　　实施园艺特产千亿元创业计划，实施百万亩棚膜蔬菜工程，鼓励和支持大中城市保持合理的菜地保有量，提高本地应季蔬菜自给水平。（省农委牵头）\n", "");
		text = replace(text, "鼓励农民以多种形式流转土地承包经营权和包括宅基地在内的集体建设用地使用权。（省农委、省国土资源厅负责）\n",
				"鼓励农民以多种形式流转土地承包经营权和包括宅基地在内的集体建设用地使用权。（省农委、省国土资源厅负责）\n\n　　推进数字乡村建设，发展农村电子商务。（省农委牵头）\n");
		text = replace(text, "创新农业经营体制机制。（省农委牵头）", "创新农业经营体制机制。（省农委、省财政厅负责）");
		return text.getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * A small county notice naming one organisation the Jilin directory does not know.
	 */
	static byte[] noticeWithUnknownOrganisation() {
		return """
				各乡镇人民政府，县政府各部门：
				　　现将《某县国民经济和社会发展第十四个五年规划纲要》重点任务分工印发给你们。
				　　（一）推进数字政府建设。
				　　建设全县政务数据共享平台。（省大数据中心牵头，省发展改革委参与）
				　　二○二一年五月六日
				""".getBytes(StandardCharsets.UTF_8);
	}

	static byte[] noticeWithTimeLimit() {
		return """
				吉林省人民政府关于落实《政府工作报告》重点工作分工的通知
				　　一、稳定经济增长
				　　1.地区生产总值增长6%左右。（省发展改革委牵头，省财政厅按职责分工负责，2021年底前完成）
				　　2.强化财政保障。（省财政厅负责）
				　　吉林省人民政府
				　　2021年3月1日
				""".getBytes(StandardCharsets.UTF_8);
	}

	private static String replace(String text, String from, String to) {
		if (!text.contains(from)) {
			throw new IllegalStateException("the seed no longer contains: " + from);
		}
		return text.replace(from, to);
	}

}
