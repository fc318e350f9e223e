package org.luoshi.notice.internal.parse;

import java.util.ArrayList;
import java.util.List;

import org.luoshi.common.Vocabulary;

/**
 * Splits the list of organisations in a responsibility clause: names are separated by 、
 * and by 和/及/与 — but only where both sides are whole names (工业和信息化部 is one name); 等 and
 * 会同有关部门 leave the list open; a trailing 政府 distributes over the place names before it
 * (延边州、通化市政府 → 延边州政府, 通化市政府).
 */
@Vocabulary("the separators and closing words of the organisation lists notices write (和, 以及, 等有关部门)")
final class OrganisationListReader {

	private static final String[] CONJUNCTIONS = { "以及", "和", "及", "与" };

	private static final String[] OPEN_ENDINGS = { "等有关部门和单位", "等有关部门", "等相关部门", "等有关单位", "等相关单位", "等部门和单位", "等部门",
			"等单位", "等机构", "等方面", "等地区", "等" };

	private static final String[] DISTRIBUTED = { "人民政府", "政府" };

	/** 等省直有关部门, 等相关单位 after a name inside the list. */
	private static final java.util.regex.Pattern OTHERS_AFTER_NAME = java.util.regex.Pattern
		.compile("等[^、,]{0,8}?(?:有关|相关|其他)?(?:部门|单位|机构)(?:和单位)?$");

	record Names(List<String> names, boolean openEnded) {
	}

	private OrganisationListReader() {
	}

	/**
	 * @param list a list in compared form, role word already removed
	 */
	static Names read(String list) {
		boolean open = false;
		String rest = stripLeading(list);
		for (String ending : OPEN_ENDINGS) {
			if (rest.endsWith(ending) && rest.length() > ending.length()) {
				rest = rest.substring(0, rest.length() - ending.length());
				open = true;
				break;
			}
		}
		List<String> names = new ArrayList<>();
		for (String piece : splitTopLevel(rest)) {
			for (String part : splitConvening(piece)) {
				splitConjunctions(part, names);
			}
		}
		distributeGovernment(names);
		List<String> result = new ArrayList<>(names.size());
		for (String name : names) {
			String clean = stripTrailing(stripLeading(name));
			String beforeOthers = clean.indexOf('等') > 1 ? beforeOthers(clean) : null;
			if (beforeOthers != null) {
				// 省水利厅等省直有关部门和各市政府, 财政部等和各省级人民政府: 等 closes the departments'
				// part of the list
				clean = beforeOthers;
				open = true;
			}
			if (clean.isEmpty()) {
				continue;
			}
			if (OrganisationNames.isOpenWord(clean)) {
				open = true;
				continue;
			}
			result.add(clean);
		}
		return new Names(result, open);
	}

	/**
	 * The name before the 等 that closes it (财政部等, 省水利厅等省直有关部门), or null when it has none.
	 */
	private static String beforeOthers(String name) {
		int at = name.lastIndexOf('等');
		if (at < 2) {
			return null;
		}
		if (at == name.length() - 1) {
			return name.substring(0, at);
		}
		java.util.regex.Matcher others = OTHERS_AFTER_NAME.matcher(name);
		return others.find() && others.start() > 1 ? name.substring(0, others.start()) : null;
	}

	/** Splits at 、 / and commas outside parentheses, so that 县(市、区)政府 stays one name. */
	static List<String> splitTopLevel(String s) {
		List<String> parts = new ArrayList<>();
		int depth = 0;
		int from = 0;
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (c == '(') {
				depth++;
			}
			else if (c == ')') {
				depth = Math.max(0, depth - 1);
			}
			else if (depth == 0 && (c == '、' || c == '/' || c == ',' || c == '，')) {
				parts.add(s.substring(from, i));
				from = i + 1;
			}
		}
		parts.add(s.substring(from));
		return parts;
	}

	/** X会同Y: X convenes Y; both are named. */
	private static List<String> splitConvening(String piece) {
		int at = piece.indexOf("会同");
		if (at <= 0) {
			return List.of(piece);
		}
		return List.of(piece.substring(0, at), piece.substring(at + 2));
	}

	private static void splitConjunctions(String piece, List<String> out) {
		int depth = 0;
		for (int i = 1; i < piece.length() - 1; i++) {
			char c = piece.charAt(i);
			if (c == '(') {
				depth++;
				continue;
			}
			if (c == ')') {
				depth = Math.max(0, depth - 1);
				continue;
			}
			if (depth > 0) {
				continue;
			}
			for (String conjunction : CONJUNCTIONS) {
				if (piece.startsWith(conjunction, i)) {
					String left = piece.substring(0, i);
					String right = piece.substring(i + conjunction.length());
					if (isWholeName(left) && startsWholeName(right)) {
						out.add(left);
						splitConjunctions(right, out);
						return;
					}
				}
			}
		}
		out.add(piece);
	}

	private static boolean isWholeName(String left) {
		String beforeOthers = left.indexOf('等') > 1 ? beforeOthers(left) : null;
		if (beforeOthers != null) {
			// 财政部等和各省级人民政府, 教育部等部门和各市政府: the others end the part before 和
			return isWholeName(beforeOthers);
		}
		// two-character names that end like an organisation are mostly words (社会, 机关),
		// except party committees
		if (left.length() < 3 && !left.endsWith("委")) {
			return false;
		}
		return OrganisationNames.endsLikeOrganisation(left) || OrganisationNames.isPlace(left)
				|| OrganisationNames.isCollective(left) || left.endsWith("有关部门") || left.endsWith("相关部门");
	}

	/** The text after a conjunction begins a whole name if its first list item is one. */
	private static boolean startsWholeName(String right) {
		String first = splitTopLevel(right).get(0);
		if (first.length() < 2) {
			return false;
		}
		return OrganisationNames.looksLikeOrganisation(first) || OrganisationNames.isOpenWord(first)
				|| first.startsWith("各") || first.startsWith("省") || first.startsWith("市") || first.startsWith("县");
	}

	/** 延边州、通化市、白山市政府 → 延边州政府, 通化市政府, 白山市政府. */
	private static void distributeGovernment(List<String> names) {
		for (int j = names.size() - 1; j > 0; j--) {
			String name = names.get(j);
			for (String suffix : DISTRIBUTED) {
				String place = name.substring(0, Math.max(0, name.length() - suffix.length()));
				if (name.endsWith(suffix) && !place.isEmpty() && (OrganisationNames.isPlace(place) || isLevel(place))) {
					int k = j - 1;
					while (k >= 0 && OrganisationNames.isPlace(names.get(k))) {
						names.set(k, names.get(k) + suffix);
						k--;
					}
					if (k + 1 < j && names.get(k + 1).startsWith("各") && isLevel(place)) {
						// 各市（州）、县（市、区）政府: 各 goes over the levels as 政府 does
						names.set(j, "各" + name);
					}
					j = k + 1;
					break;
				}
			}
		}
	}

	/** A level of government rather than a place: 县（市、区）, 乡镇, 市（州）. */
	private static boolean isLevel(String place) {
		String bare = OrganisationNames.withoutTrailingGroup(place);
		return bare.equals("县") || bare.equals("市") || bare.equals("区") || bare.equals("州") || bare.equals("乡")
				|| bare.equals("镇") || bare.equals("乡镇") || bare.equals("旗") || bare.equals("县区") || bare.equals("县市");
	}

	private static String stripLeading(String s) {
		String t = s;
		boolean changed = true;
		while (changed && !t.isEmpty()) {
			changed = false;
			for (String prefix : new String[] { "由", "请", "分别由", "并由" }) {
				if (t.startsWith(prefix) && t.length() > prefix.length() + 1) {
					t = t.substring(prefix.length());
					changed = true;
				}
			}
			char c = t.isEmpty() ? 'x' : t.charAt(0);
			if (c == '、' || c == ',' || c == '，' || c == ':' || c == '：') {
				t = t.substring(1);
				changed = true;
			}
		}
		return t;
	}

	private static String stripTrailing(String s) {
		String t = s;
		for (String suffix : new String[] { "分别", "共同", "具体", "为主", "各自" }) {
			if (t.endsWith(suffix) && t.length() > suffix.length() + 1) {
				t = t.substring(0, t.length() - suffix.length());
			}
		}
		return t;
	}

}
