package org.luoshi.reporting.internal;

import org.luoshi.reporting.EntryView;
import org.luoshi.reporting.FigureView;
import org.luoshi.reporting.ReportSnapshot;
import org.luoshi.reporting.ReportView;

import org.springframework.stereotype.Component;

/** A report as it stands, turned into the snapshot its submission keeps. */
@Component
public class Snapshots {

	public ReportSnapshot of(ReportView report) {
		return new ReportSnapshot(report.entries().stream().map(Snapshots::entry).toList(),
				report.figures().stream().map(Snapshots::figure).toList(),
				report.attachments()
					.stream()
					.map((a) -> new ReportSnapshot.Attachment(a.id(), a.fileName(), a.size(), a.sha256()))
					.toList());
	}

	private static ReportSnapshot.Entry entry(EntryView e) {
		return new ReportSnapshot.Entry(e.taskId(), e.code(), e.kind().code(),
				(e.status() != null) ? e.status().code() : null, e.done(), e.figures(), e.problems(), e.nextSteps(),
				e.consolidated(),
				e.milestones()
					.stream()
					.map((m) -> new ReportSnapshot.Milestone(m.milestoneId(), m.deliverable(), m.due().code(),
							(m.outcome() != null) ? m.outcome().code() : null,
							(m.completedOn() != null) ? m.completedOn().toString() : null, m.evidence(), m.overdue()))
					.toList());
	}

	private static ReportSnapshot.Figure figure(FigureView f) {
		return new ReportSnapshot.Figure(f.indicatorId(), f.name(),
				(f.value() != null) ? f.value().stripTrailingZeros().toPlainString() : null, f.unit(), f.source());
	}

}
