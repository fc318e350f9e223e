package org.luoshi.evaluation;

import java.util.List;

/**
 * What changed from one numbered draft to another of the same year: indicator figures and
 * verdicts, task counts overall and by chapter, the reporting discipline.
 */
public record ReportComparison(long fromId, int fromNumber, long toId, int toNumber, List<Change> changes) {

	public ReportComparison {
		changes = List.copyOf(changes);
	}

	/**
	 * One difference.
	 *
	 * @param area indicator, tasks, chapter or discipline
	 * @param item what it is about (an indicator's or chapter's name; empty for the
	 * whole)
	 * @param field figure, figure-status, verdict, progress, or a task status
	 */
	public record Change(String area, String item, String field, String before, String after) {
	}

}
