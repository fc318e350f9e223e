package org.luoshi.implementation;

import java.util.List;

/**
 * One task an organisation carries, with its measures in a version of its implementation
 * plan.
 *
 * @param part leads, shares or by-duty: how the organisation carries it
 * @param shared whether other organisations carry it too (then a measure says its part)
 */
public record TaskPlan(long taskId, String code, String text, String part, boolean shared, List<MeasureView> measures) {

	public TaskPlan {
		measures = List.copyOf(measures);
	}

}
