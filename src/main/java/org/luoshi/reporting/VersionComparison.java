package org.luoshi.reporting;

import java.util.List;

/**
 * What changed from one submitted version to the next, field by field; the first version
 * is compared with an empty report.
 *
 * @param from the earlier version's number, 0 for none
 */
public record VersionComparison(long reportId, int from, int to, List<FieldChange> changes) {

	public VersionComparison {
		changes = List.copyOf(changes);
	}

}
