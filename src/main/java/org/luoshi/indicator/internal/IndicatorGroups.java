package org.luoshi.indicator.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.luoshi.common.ComparedText;

/**
 * Which indicators a name in a decomposition rule stands for: the indicator of that name,
 * or every member of a group the data file {@code indicator/indicator-groups.tsv} lists
 * (主要污染物排放 → 化学需氧量排放, 二氧化硫排放, 氨氮排放, 氮氧化物排放).
 */
public final class IndicatorGroups {

	static final String FILE = "indicator/indicator-groups.tsv";

	private final Map<String, Set<String>> members;

	private IndicatorGroups(Map<String, Set<String>> members) {
		this.members = members;
	}

	public static IndicatorGroups load() {
		Map<String, Set<String>> members = new HashMap<>();
		for (String[] row : DataTable.rows(FILE, 2)) {
			members.computeIfAbsent(ComparedText.of(row[0]), (g) -> new HashSet<>()).add(ComparedText.of(row[1]));
		}
		return new IndicatorGroups(members);
	}

	/** Whether the rule's names cover the indicator, by its own name or its group's. */
	public boolean covers(Collection<String> ruleNames, String indicatorName) {
		String indicator = ComparedText.of(indicatorName);
		for (String ruleName : ruleNames) {
			String rule = ComparedText.of(ruleName);
			if (rule.equals(indicator) || this.members.getOrDefault(rule, Set.of()).contains(indicator)) {
				return true;
			}
		}
		return false;
	}

}
