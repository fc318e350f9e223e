package org.luoshi.notice.internal.parse;

import java.util.ArrayList;
import java.util.List;

import org.luoshi.common.Vocabulary;

/**
 * A list that writes the level of government once — 市城管局、城乡建设委、南部山区管委会, 省发展改革委、财政厅 —
 * names every department after the first at that level: 市城乡建设委, 市南部山区管委会, 省财政厅. The level
 * carries from a department written with it along the names that follow, as long as each
 * reads as a government department (…局, …厅, …委, …办, …委员会, …管委会) with no level or place of
 * its own; a government, a place, a national or party body, an enterprise or a collective
 * name ends the run, and so does a name that gives its own level. In a province's list
 * the State Council's own bodies, written bare, keep their names.
 */
@Vocabulary("the level prefixes and department endings of organisation names (省, 市, 局, 委) and the State Council's bodies written bare (发展改革委)")
final class LevelPrefixes {

	private static final String LEVELS = "省市县区州盟旗";

	/**
	 * Words that start with a level's character without naming it: 市场监管局 regulates
	 * markets.
	 */
	private static final String[] WORDS = { "市场", "市政", "市容", "区域", "县域" };

	/** After the level, what makes the name no department of that level's government. */
	private static final String[] NOT_A_DEPARTMENT = { "委", "政府", "人民政府", "人大", "政协", "纪委", "直", "级", "属" };

	private static final String[] DEPARTMENT_ENDINGS = { "委员会", "管委会", "办公室", "中心", "局", "厅", "委", "办", "室" };

	/** National and party bodies keep their names whatever level stands before them. */
	private static final String[] NATIONAL = { "国家", "国务院", "中央", "中共", "全国", "中国", "共青团", "团", "最高" };

	/**
	 * The State Council writes its own bodies' names bare, and a province's notice may
	 * name them beside its own departments (the province carries out a State Council plan
	 * with them): after a province's department these names are the State Council's.
	 * Cities and counties do not name them so, and there they take the level like any
	 * department.
	 */
	private static final java.util.Set<String> STATE_COUNCIL_BODIES = java.util.Set.of("发展改革委", "卫生健康委", "国资委", "民委",
			"统计局", "能源局", "林草局", "医保局", "药监局", "知识产权局", "粮食和储备局", "乡村振兴局", "数据局", "信访局", "移民局", "烟草局", "邮政局", "民航局",
			"铁路局", "文物局", "中医药局", "疾控局", "外汇局", "国管局", "国防科工局", "矿山安监局", "港澳办", "台办", "侨办", "新闻办", "网信办", "审改办", "研究室");

	private LevelPrefixes() {
	}

	/**
	 * The clause's names with the level completed where a list writes it once; the same
	 * list when nothing is to complete.
	 */
	static List<Clause.Named> complete(List<Clause.Named> named) {
		if (named.size() < 2 || allWithLevel(named)) {
			// the common case: every name gives its level
			return named;
		}
		List<Clause.Named> out = null;
		char level = 0;
		for (int i = 0; i < named.size(); i++) {
			Clause.Named n = named.get(i);
			String name = n.name();
			char own = levelOf(name);
			if (own != 0) {
				level = isDepartment(name) && !startsWithAny(name, 1, NOT_A_DEPARTMENT) ? own : 0;
				continue;
			}
			if (level != 0 && takesLevel(name) && !(level == '省' && STATE_COUNCIL_BODIES.contains(name))) {
				if (out == null) {
					out = new ArrayList<>(named);
				}
				out.set(i, new Clause.Named(level + name, n.role(), name));
				continue;
			}
			level = 0;
		}
		return out == null ? named : out;
	}

	private static boolean allWithLevel(List<Clause.Named> named) {
		for (int i = 1; i < named.size(); i++) {
			if (levelOf(named.get(i).name()) == 0) {
				return false;
			}
		}
		return true;
	}

	/** The level a name starts with (省 of 省财政厅), or 0. */
	private static char levelOf(String name) {
		if (name.length() < 3 || LEVELS.indexOf(name.charAt(0)) < 0 || startsWithAny(name, WORDS)) {
			return 0;
		}
		return name.charAt(0);
	}

	/** A department without a level or place of its own: 财政厅, 城乡建设委, 市场监管局. */
	private static boolean takesLevel(String name) {
		return isDepartment(name) && !name.endsWith("总局") && !startsWithAny(name, NATIONAL)
				&& !OrganisationNames.isCollective(name) && !hasOwnPlace(name);
	}

	private static boolean isDepartment(String name) {
		if (name.length() < 2) {
			return false;
		}
		for (String ending : DEPARTMENT_ENDINGS) {
			if (name.endsWith(ending)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * 榆树市发改局, 团市委, 长春海关, 吉林银保监局: a place or level inside the name. 区 inside a name is
	 * mostly an area (南部山区, 高新区) rather than a district, and does not count.
	 */
	private static boolean hasOwnPlace(String name) {
		for (int i = 1; i < name.length(); i++) {
			char c = name.charAt(i);
			if (c == '省' || c == '县' || c == '州' || c == '盟' || c == '旗' || c == '市' && !isCityWord(name, i)) {
				return true;
			}
		}
		return Gazetteer.instance().startsWithPlace(name);
	}

	/** 城市管理局, 市场, 市政: 市 as part of a word, not a city. */
	private static boolean isCityWord(String name, int at) {
		char before = name.charAt(at - 1);
		return before == '城' || before == '都' || before == '超' || startsWithAny(name, at, WORDS);
	}

	private static boolean startsWithAny(String s, String[] prefixes) {
		return startsWithAny(s, 0, prefixes);
	}

	private static boolean startsWithAny(String s, int from, String[] prefixes) {
		for (String prefix : prefixes) {
			if (s.startsWith(prefix, from)) {
				return true;
			}
		}
		return false;
	}

}
