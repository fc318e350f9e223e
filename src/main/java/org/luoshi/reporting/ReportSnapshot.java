package org.luoshi.reporting;

import java.util.List;

/**
 * A report exactly as it was submitted: every entry, every figure, every attachment
 * (named with its hash). Kept for ever, one per submission.
 */
public record ReportSnapshot(List<Entry> entries, List<Figure> figures, List<Attachment> attachments) {

	public ReportSnapshot {
		entries = List.copyOf(entries);
		figures = List.copyOf(figures);
		attachments = List.copyOf(attachments);
	}

	/**
	 * One entry as submitted, with what it said of each milestone due (none in snapshots
	 * kept before milestones were asked).
	 */
	public record Entry(long taskId, String code, String kind, String status, String done, String figures,
			String problems, String nextSteps, String consolidated, List<Milestone> milestones) {

		public Entry {
			milestones = (milestones != null) ? List.copyOf(milestones) : List.of();
		}

		public Entry(long taskId, String code, String kind, String status, String done, String figures, String problems,
				String nextSteps, String consolidated) {
			this(taskId, code, kind, status, done, figures, problems, nextSteps, consolidated, List.of());
		}

	}

	/** A milestone due in the period as the submission answered it. */
	public record Milestone(long milestoneId, String deliverable, String due, String outcome, String completedOn,
			String evidence, boolean overdue) {
	}

	/** One figure as submitted. */
	public record Figure(long indicatorId, String name, String value, String unit, String source) {
	}

	/** One attachment as submitted. */
	public record Attachment(long id, String fileName, long size, String sha256) {
	}

}
