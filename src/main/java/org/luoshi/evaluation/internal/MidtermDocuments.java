package org.luoshi.evaluation.internal;

import java.util.Locale;

import org.luoshi.evaluation.MidtermReportModel;
import org.luoshi.evaluation.ReportDocument;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The mid-term evaluation's layout, Word document and PDF, written by the annual report's
 * writers so that both reports look alike; it has no charts.
 */
@Component
public class MidtermDocuments {

	private final MidtermDocumentBuilder builder;

	private final MessageSource messages;

	MidtermDocuments(MidtermDocumentBuilder builder, MessageSource messages) {
		this.builder = builder;
		this.messages = messages;
	}

	public ReportDocument layout(MidtermReportModel model, Locale locale) {
		return this.builder.build(model, locale);
	}

	public byte[] docx(MidtermReportModel model, Locale locale) {
		return DocxWriter.write(layout(model, locale), new Words(this.messages, locale), (name) -> null);
	}

	public byte[] pdf(MidtermReportModel model, Locale locale) {
		return PdfWriter.write(layout(model, locale), new Words(this.messages, locale), (name) -> null);
	}

}
