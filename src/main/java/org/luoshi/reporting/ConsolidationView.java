package org.luoshi.reporting;

import java.util.List;

/**
 * A task the organisation leads with others, as the lead consolidates it (牵头单位汇总): its
 * own entry, every co-responsible organisation's submitted input side by side, those that
 * have sent none yet, and the consolidated account.
 *
 * @param version the report's version, which the consolidated account must name
 */
public record ConsolidationView(long reportId, int version, boolean editable, EntryView lead,
		List<Contribution> contributions, List<String> awaiting) {

	public ConsolidationView {
		contributions = List.copyOf(contributions);
		awaiting = List.copyOf(awaiting);
	}

}
