package org.luoshi.evaluation;

import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;

import org.luoshi.common.Page;
import org.luoshi.evaluation.internal.AnnualReportStore;
import org.luoshi.evaluation.internal.Documents;
import org.luoshi.evaluation.internal.PublishedFigureStore;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the office published, for anybody: the published reports as they were frozen and
 * their figures a page at a time. Nothing else — no draft, no report frozen but not
 * published, no figure entered since — is read here.
 */
@Service
@Transactional(readOnly = true)
public class PublishedReports {

	private final AnnualReportStore reports;

	private final PublishedFigureStore figures;

	private final Documents documents;

	PublishedReports(AnnualReportStore reports, PublishedFigureStore figures, Documents documents) {
		this.reports = reports;
		this.figures = figures;
		this.documents = documents;
	}

	/** The published reports, newest first. */
	public Page<AnnualReportSummary> reports(int page, int size) {
		return new Page<>(this.reports.published(page * size, size), page, size, this.reports.countPublished());
	}

	/**
	 * @throws EvaluationRefusal.ReportNotFound unless a published report has the id
	 */
	public AnnualReportView report(long id) {
		return this.reports.find(id)
			.filter((r) -> r.summary().state() == AnnualReportState.PUBLISHED)
			.orElseThrow(() -> new EvaluationRefusal.ReportNotFound(id));
	}

	/** A published report laid out as it reads. */
	public ReportDocument layout(long id, Locale locale) {
		return this.documents.layout(report(id), locale);
	}

	public byte[] docx(long id, Locale locale) {
		return this.documents.docx(report(id), locale);
	}

	public byte[] pdf(long id, Locale locale) {
		return this.documents.pdf(report(id), locale);
	}

	/**
	 * @throws EvaluationRefusal.ChartNotFound for a chart the report does not have
	 */
	public byte[] chart(long id, String name, Locale locale) {
		return this.documents.chart(report(id), name, locale);
	}

	/** The report in force on the plan's year: the latest published. */
	public Optional<AnnualReportView> inForce(long planId, int year) {
		return this.reports.publishedOn(planId, year).flatMap((s) -> this.reports.find(s.id()));
	}

	/** The latest published report of all, whose numbers the portal's pages show. */
	public Optional<AnnualReportView> latest() {
		return this.reports.published(0, 1).stream().findFirst().flatMap((s) -> this.reports.find(s.id()));
	}

	public Page<PublishedFigure> figures(FigureQuery query, int page, int size) {
		return new Page<>(this.figures.find(query, page * size, size), page, size, this.figures.count(query));
	}

	/** When something was last published; empty while nothing is. */
	public Optional<OffsetDateTime> lastPublished() {
		return this.figures.lastPublished();
	}

}
