package org.luoshi.notice.internal.read;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.luoshi.notice.NoticeFormatException;

/**
 * Reads a PDF's text layer as paragraphs, one per line. Refuses PDFs that need a password
 * and PDFs without a text layer (scans), saying what to provide instead.
 */
final class PdfReader {

	/**
	 * What PDFBox may hold in memory for the streams it buffers beside the file itself: a
	 * notice of a few hundred pages needs a few megabytes. Page content is decoded as it
	 * is read, not buffered: what a crafted page inflates to is bounded by the glyphs the
	 * reader keeps ({@link PdfLineCollector#GLYPH_LIMIT}), tested with such a page.
	 */
	static final long MEMORY_LIMIT = 64L * 1024 * 1024;

	private PdfReader() {
	}

	static List<String> read(byte[] bytes, String name) throws NoticeFormatException {
		List<List<PdfLine>> pages;
		List<String> paragraphs;
		try (PDDocument document = Loader.loadPDF(bytes, "", null, null,
				MemoryUsageSetting.setupMainMemoryOnly(MEMORY_LIMIT).streamCache)) {
			if (document.getNumberOfPages() == 0) {
				throw new NoticeFormatException("pdf-without-pages", DisplayName.argument(name));
			}
			pages = new PdfLineCollector().collect(document);
			// the rules drawn on the pages are read only when a table needs them
			paragraphs = ParagraphAssembler.assemble(pages, PdfRulings.lazily(document));
		}
		catch (PdfLineCollector.TooMuchText ex) {
			throw new NoticeFormatException(ex, "pdf-too-much-text", DisplayName.argument(name),
					PdfLineCollector.GLYPH_LIMIT);
		}
		catch (InvalidPasswordException ex) {
			throw new NoticeFormatException(ex, "encrypted-pdf", DisplayName.argument(name));
		}
		catch (IOException | RuntimeException ex) {
			throw new NoticeFormatException(ex, "damaged-pdf", DisplayName.argument(name));
		}
		if (pages.stream().allMatch(List::isEmpty)) {
			throw new NoticeFormatException("pdf-without-text", DisplayName.argument(name));
		}
		return paragraphs;
	}

}
