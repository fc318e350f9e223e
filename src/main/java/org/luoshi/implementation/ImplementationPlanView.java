package org.luoshi.implementation;

import java.util.List;

/**
 * An organisation's implementation plan for a plan, in one of its versions: the tasks it
 * carries with their measures, and every version with its state. {@code version} is the
 * plan's write count, its ETag.
 *
 * @param shown the version shown; null while nothing has been written
 * @param versions every version, newest first
 */
public record ImplementationPlanView(long planId, String planTitle, Integer startYear, Integer endYear,
		long organisationId, String organisationName, int version, VersionInfo shown, List<VersionInfo> versions,
		List<TaskPlan> tasks) {

	public ImplementationPlanView {
		versions = List.copyOf(versions);
		tasks = List.copyOf(tasks);
	}

	/** Whether the version shown is the draft being written. */
	public boolean editable() {
		return this.shown == null || this.shown.state() == ImplementationState.DRAFT;
	}

	/** How many measures the version shown holds. */
	public int measureCount() {
		return this.tasks.stream().mapToInt((t) -> t.measures().size()).sum();
	}

	/** How many of the organisation's tasks have no measure yet. */
	public long tasksWithoutMeasures() {
		return this.tasks.stream().filter((t) -> t.measures().isEmpty()).count();
	}

}
