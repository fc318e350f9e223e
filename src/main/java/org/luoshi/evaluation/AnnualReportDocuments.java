package org.luoshi.evaluation;

import java.util.Locale;

import org.luoshi.evaluation.internal.Access;
import org.luoshi.evaluation.internal.AnnualReportStore;
import org.luoshi.evaluation.internal.Documents;

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

	AnnualReportDocuments(AnnualReportStore reports, Documents documents, Access access) {
		this.reports = reports;
		this.documents = documents;
		this.access = access;
	}

	public ReportDocument layout(long id, Locale locale) {
		return this.documents.layout(require(id), locale);
	}

	public byte[] docx(long id, Locale locale) {
		return this.documents.docx(require(id), locale);
	}

	public byte[] pdf(long id, Locale locale) {
		return this.documents.pdf(require(id), locale);
	}

	/**
	 * @throws EvaluationRefusal.ChartNotFound for a chart the report does not have
	 */
	public byte[] chart(long id, String name, Locale locale) {
		return this.documents.chart(require(id), name, locale);
	}

	private AnnualReportView require(long id) {
		this.access.reader();
		return this.reports.find(id).orElseThrow(() -> new EvaluationRefusal.ReportNotFound(id));
	}

}
