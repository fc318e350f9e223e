package org.luoshi.notice.internal.read;

import java.util.regex.Pattern;

import org.apache.poi.xwpf.usermodel.IRunElement;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The visible text of one Word paragraph on one line: runs, hyperlinks, field results and
 * inline content controls and tracked insertions, without hidden text, tracked deletions
 * or footnote reference marks; manual line breaks are joined as wrapped lines.
 */
final class DocxParagraphText {

	/** What {@link XWPFRun#text()} writes for a footnote or endnote reference mark. */
	private static final Pattern NOTE_REFERENCE = Pattern.compile("\\[(?:footnoteRef|endnoteRef):[^\\]]*\\]");

	private DocxParagraphText() {
	}

	static String of(XWPFParagraph paragraph) {
		StringBuilder text = new StringBuilder();
		for (IRunElement element : paragraph.getIRuns()) {
			if (element instanceof XWPFRun run) {
				if (!run.isVanish() && !isDeleted(run)) {
					text.append(hasNoteReference(run) ? NOTE_REFERENCE.matcher(run.text()).replaceAll("") : run.text());
				}
			}
			else if (element instanceof XWPFSDT sdt) {
				text.append(sdt.getContent().getText());
			}
		}
		return WrappedLineJoiner.joinLines(text.toString());
	}

	/**
	 * A run inside tracked deletion (w:del) or the source of a tracked move (w:moveFrom).
	 */
	private static boolean isDeleted(XWPFRun run) {
		Node parent = run.getCTR().getDomNode().getParentNode();
		String localName = (parent != null) ? parent.getLocalName() : null;
		return "del".equals(localName) || "moveFrom".equals(localName);
	}

	private static boolean hasNoteReference(XWPFRun run) {
		NodeList children = run.getCTR().getDomNode().getChildNodes();
		for (int i = 0; i < children.getLength(); i++) {
			String localName = children.item(i).getLocalName();
			if ("footnoteReference".equals(localName) || "endnoteReference".equals(localName)) {
				return true;
			}
		}
		return false;
	}

}
