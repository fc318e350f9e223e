package org.luoshi.evaluation.internal;

import java.util.Locale;

import org.luoshi.evaluation.AnnualReportView;
import org.luoshi.evaluation.EvaluationRefusal;
import org.luoshi.evaluation.ReportDocument;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A report's layout, Word document, PDF and charts, all from the numbers kept with it, so
 * that the three say the same and never move once the report is frozen.
 */
@Component
public class Documents {

	private final DocumentBuilder builder;

	private final Charts charts;

	private final MessageSource messages;

	Documents(DocumentBuilder builder, Charts charts, MessageSource messages) {
		this.builder = builder;
		this.charts = charts;
		this.messages = messages;
	}

	public ReportDocument layout(AnnualReportView report, Locale locale) {
		return this.builder.build(report, locale);
	}

	public byte[] docx(AnnualReportView report, Locale locale) {
		return DocxWriter.write(layout(report, locale), new Words(this.messages, locale),
				(name) -> this.charts.png(report.model(), name, locale).orElse(null));
	}

	public byte[] pdf(AnnualReportView report, Locale locale) {
		return PdfWriter.write(layout(report, locale), new Words(this.messages, locale),
				(name) -> this.charts.png(report.model(), name, locale).orElse(null));
	}

	public byte[] chart(AnnualReportView report, String name, Locale locale) {
		return this.charts.png(report.model(), name, locale)
			.orElseThrow(() -> new EvaluationRefusal.ChartNotFound(name));
	}

}
