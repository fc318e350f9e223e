package org.luoshi.notice.internal.read;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.luoshi.notice.NoticeFormatException;

/**
 * Reads a PDF's text layer as paragraphs, one per line. Refuses PDFs that need a password
 * and PDFs without a text layer (scans), saying what to provide instead.
 */
final class PdfReader {

	private PdfReader() {
	}

	static List<String> read(byte[] bytes, String name) throws NoticeFormatException {
		List<List<PdfLine>> pages;
		List<String> paragraphs;
		try (PDDocument document = Loader.loadPDF(bytes)) {
			if (document.getNumberOfPages() == 0) {
				throw new NoticeFormatException("文件“" + name + "”是 PDF，但没有任何页面；请检查文件是否完整");
			}
			pages = new PdfLineCollector().collect(document);
			// the rules drawn on the pages are read only when a table needs them
			paragraphs = ParagraphAssembler.assemble(pages, PdfRulings.lazily(document));
		}
		catch (InvalidPasswordException ex) {
			throw new NoticeFormatException("文件“" + name + "”是加密的 PDF，需要密码才能打开；请提供未加密的 PDF 或 .docx 文件", ex);
		}
		catch (IOException | RuntimeException ex) {
			throw new NoticeFormatException("文件“" + name + "”看起来是 PDF，但已损坏或不完整，无法读取；请重新导出 PDF 或提供 .docx 文件", ex);
		}
		if (pages.stream().allMatch(List::isEmpty)) {
			throw new NoticeFormatException(
					"文件“" + name + "”是没有文字层的 PDF（可能是扫描件或图片），无法读取文字；" + "请提供由 Word/WPS 直接导出的带文字层 PDF，或 .docx 文件");
		}
		return paragraphs;
	}

}
