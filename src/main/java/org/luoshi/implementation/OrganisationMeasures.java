package org.luoshi.implementation;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What one organisation filed for a task: its measures and milestones in the version on
 * file.
 */
public record OrganisationMeasures(long organisationId, String name, int versionNumber, OffsetDateTime filedAt,
		List<MeasureView> measures) {

	public OrganisationMeasures {
		measures = List.copyOf(measures);
	}

}
