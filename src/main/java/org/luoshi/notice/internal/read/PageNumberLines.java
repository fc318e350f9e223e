package org.luoshi.notice.internal.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.luoshi.common.Vocabulary;

/**
 * Drops page numbers (- 3 -, — 3 —, 3, 第3页, 3/12) from the top and bottom line of a page,
 * where headers and footers are; a number standing alone inside the text stays.
 */
@Vocabulary("the page numbers PDFs print (第 3 页 共 9 页), which the reader recognises and drops")
final class PageNumberLines {

	private static final String DIGITS = "[0-9０-９]{1,4}";

	private static final Pattern PAGE_NUMBER = Pattern.compile("[-—–－―~～·•\\s]*" + DIGITS + "[-—–－―~～·•\\s]*" + "|第\\s*"
			+ DIGITS + "\\s*页(\\s*[,，/／]?\\s*共\\s*" + DIGITS + "\\s*页)?" + "|" + DIGITS + "\\s*[/／]\\s*" + DIGITS
			+ "|(?i:page)\\s*" + DIGITS + "(\\s*(?i:of)\\s*" + DIGITS + ")?");

	private PageNumberLines() {
	}

	static boolean isPageNumber(String line) {
		return PAGE_NUMBER.matcher(line.strip()).matches();
	}

	static List<PdfLine> remove(List<PdfLine> lines) {
		List<PdfLine> kept = new ArrayList<>(lines);
		if (!kept.isEmpty() && isPageNumber(kept.get(kept.size() - 1).text())) {
			kept.remove(kept.size() - 1);
		}
		if (!kept.isEmpty() && isPageNumber(kept.get(0).text())) {
			kept.remove(0);
		}
		return kept;
	}

}
