package org.luoshi.notice.internal.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.luoshi.common.Vocabulary;

/**
 * The notice's rule that the first organisation listed leads (列第一位者为牵头部门，下同 /
 * 排在第一位的部门为牵头部门): after it, the first name of a 负责 list is the task's lead.
 */
@Vocabulary("the wordings of the rule that the first-listed organisation leads (列第一位者为牵头部门，下同)")
final class LeadRule {

	private static final Pattern STATEMENT = Pattern.compile("(?:其中)?(?:(?:列|排|位|居)(?:在|于)?(?:第一位|第一|首位|前面|最前)"
			+ "|排名第一|排序第一|排名首位|排序首位|第一个|首个)(?:的|者)?(?:部门|单位)?(?:为|是|作为)牵头(?:部门|单位)?(?:[,，]?下同)?");

	/** The role word every wording of the rule names. */
	static final String LEAD = "牵头";

	private LeadRule() {
	}

	static boolean isStatedIn(String compared) {
		return compared.contains(LEAD) && STATEMENT.matcher(compared).find();
	}

	/** The clause content with the rule statement (and a bare 下同) cut out. */
	static String remove(String compared) {
		if (!compared.contains(LEAD) && !compared.contains("下同")) {
			return compared;
		}
		Matcher m = STATEMENT.matcher(compared);
		String out = m.replaceAll("");
		return out.replace("下同", "");
	}

}
