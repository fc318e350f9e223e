package org.luoshi.evaluation;

import java.util.Locale;

import org.luoshi.evaluation.internal.Access;
import org.luoshi.evaluation.internal.AnnualReportStore;
import org.luoshi.evaluation.internal.Documents;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A draft as the office reads and hands it on: laid out as a government report, as a Word
 * document, as PDF, and its charts as PNG — for the office and leaders; what is published
 * is read through {@link PublishedReports}.
 */
@Service
@Transactional(readOnly = true)
public class AnnualReportDocuments {

	private final AnnualReportStore reports;

	private final Documents documents;

	private final Access access;

	private final ApplicationEventPublisher events;

	AnnualReportDocuments(AnnualReportStore reports, Documents documents, Access access,
			ApplicationEventPublisher events) {
		this.events = events;
		this.reports = reports;
		this.documents = documents;
		this.access = access;
	}

	public ReportDocument layout(long id, Locale locale) {
		return this.documents.layout(require(id), locale);
	}

	public byte[] docx(long id, Locale locale) {
		byte[] document = this.documents.docx(require(id), locale);
		downloaded(id, "docx");
		return document;
	}

	public byte[] pdf(long id, Locale locale) {
		byte[] document = this.documents.pdf(require(id), locale);
		downloaded(id, "pdf");
		return document;
	}

	/**
	 * @throws EvaluationRefusal.ChartNotFound for a chart the report does not have
	 */
	public byte[] chart(long id, String name, Locale locale) {
		return this.documents.chart(require(id), name, locale);
	}

	/** Who took a generated document away goes into the audit log. */
	private void downloaded(long id, String format) {
		this.events.publishEvent(new ReportDocumentDownloaded(id, format, this.access.reader().username()));
	}

	private AnnualReportView require(long id) {
		this.access.reader();
		return this.reports.find(id).orElseThrow(() -> new EvaluationRefusal.ReportNotFound(id));
	}

}
