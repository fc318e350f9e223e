package org.luoshi.notice.internal.parse;

import java.util.Set;

import org.luoshi.common.Vocabulary;

/**
 * What the importer knows about the shape of an organisation's name, without knowing any
 * particular organisation: how department and government names end, which names stand for
 * many organisations, and which words only say "and others".
 */
@Vocabulary("the endings and generic names of organisations (厅, 委, 有关部门), which the parser tells from other text")
final class OrganisationNames {

	/** Last characters of department, party, court, enterprise and association names. */
	private static final String SUFFIX_CHARS = "厅委局办部会院府室社行司团队署馆台处所站联协庭组校";

	private static final String[] SUFFIX_WORDS = { "中心", "中央", "集团", "公司", "银行", "总队", "支队", "军区", "分行", "分局", "海关",
			"机关", "大学", "学院", "协会", "商会", "学会", "基金会", "管委会", "领导小组" };

	/**
	 * Last characters of place names (cities, prefectures, counties, districts, banners,
	 * leagues).
	 */
	private static final String PLACE_CHARS = "省市州县区旗盟";

	/**
	 * Words that mean "and the other organisations concerned": they end a list rather
	 * than name a member.
	 */
	private static final Set<String> OPEN_WORDS = Set.of("有关部门", "相关部门", "有关单位", "相关单位", "其他有关部门", "其他相关部门", "其他部门",
			"其他单位", "有关方面", "相关方面", "有关地区", "相关地区", "有关部门和单位", "相关部门和单位", "有关机构", "相关机构");

	private OrganisationNames() {
	}

	static boolean endsLikeOrganisation(String name) {
		if (name.length() < 2) {
			return false;
		}
		for (String word : SUFFIX_WORDS) {
			if (name.endsWith(word)) {
				return true;
			}
		}
		return SUFFIX_CHARS.indexOf(name.charAt(name.length() - 1)) >= 0;
	}

	/**
	 * A bare place name such as 延边州, 通化市 or 各市(州), to which a following 政府 distributes.
	 */
	static boolean isPlace(String name) {
		String bare = withoutTrailingGroup(name);
		if (bare.length() < 2 || bare.length() > 12 || bare.endsWith("政府")) {
			return false;
		}
		if (bare.endsWith("地区")) {
			return true;
		}
		char last = bare.charAt(bare.length() - 1);
		return PLACE_CHARS.indexOf(last) >= 0 && !bare.endsWith("社区") && !bare.endsWith("园区") && !bare.endsWith("开发区")
				&& !bare.endsWith("新区") && !bare.endsWith("示范区") && !bare.endsWith("试验区");
	}

	/**
	 * A name that could stand on its own as an organisation: a department, a government
	 * or a place.
	 */
	static boolean looksLikeOrganisation(String name) {
		return endsLikeOrganisation(name) || isPlace(name) || isCollective(name);
	}

	/** A name that stands for several organisations: 各市(州)政府, 各省级人民政府, 各有关部门, 省直有关部门. */
	static boolean isCollective(String name) {
		return name.startsWith("各") || name.contains("各级") || (name.length() > 4 && name.endsWith("有关部门"))
				|| name.endsWith("各部门") || name.startsWith("地方各");
	}

	static boolean isOpenWord(String name) {
		return OPEN_WORDS.contains(name);
	}

	/** 各市(州) → 各市; names keep the parenthesised part otherwise. */
	static String withoutTrailingGroup(String name) {
		if (name.endsWith(")")) {
			int open = name.lastIndexOf('(');
			if (open > 0) {
				return name.substring(0, open);
			}
		}
		return name;
	}

	/**
	 * A compared-form name turned back into the form shown to people: Chinese
	 * parentheses.
	 */
	static String display(String name) {
		return name.replace('(', '（').replace(')', '）');
	}

}
