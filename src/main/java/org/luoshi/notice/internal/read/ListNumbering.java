package org.luoshi.notice.internal.read;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Renders Word's automatic numbering as text. In a .docx the （一） or 1. a clerk sees is
 * not in the paragraph's text but computed by Word from numbering definitions; this class
 * does the same computation, walking the paragraphs in document order with one counter
 * per (abstract numbering, level).
 */
final class ListNumbering {

	private static final int LEVELS = 9;

	private static final String WORDPROCESSINGML = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

	private static final int MAX_LINK_DEPTH = 10;

	private final XWPFNumbering numbering;

	private final XWPFStyles styles;

	private final Map<BigInteger, Counters> counters = new HashMap<>();

	private final Set<BigInteger> numsSeen = new HashSet<>();

	ListNumbering(XWPFDocument document) {
		this.numbering = document.getNumbering();
		this.styles = document.getStyles();
	}

	/**
	 * The paragraph's text with its number in front, advancing the counters; call once
	 * per paragraph, in document order.
	 * @param paragraph the paragraph
	 * @param text the paragraph's own text
	 * @return the text with the rendered number, or the text alone when the paragraph is
	 * not numbered
	 */
	String numbered(XWPFParagraph paragraph, String text) {
		if (numbering == null) {
			return text;
		}
		NumberingReference reference = reference(paragraph);
		if (reference == null || reference.numId().signum() == 0) {
			return text;
		}
		XWPFNum num = numbering.getNum(reference.numId());
		CTNum ctNum = (num != null) ? num.getCTNum() : null;
		if (ctNum == null || ctNum.getAbstractNumId() == null || ctNum.getAbstractNumId().getVal() == null) {
			return text;
		}
		CTAbstractNum definition = abstractNum(ctNum.getAbstractNumId().getVal(), 0);
		if (definition == null) {
			return text;
		}
		CTLvl[] levels = levels(definition, ctNum);
		int level = Math.max(0, Math.min(LEVELS - 1, reference.level()));
		CTLvl lvl = levels[level];
		if (lvl == null) {
			return text;
		}
		Counters state = counters.computeIfAbsent(definition.getAbstractNumId(), (id) -> new Counters());
		if (numsSeen.add(reference.numId())) {
			applyStartOverrides(ctNum, state);
		}
		state.advance(levels, level);
		String label = render(levels, level, state);
		return separated(label, lvl, text);
	}

	private NumberingReference reference(XWPFParagraph paragraph) {
		BigInteger numId = null;
		BigInteger level = null;
		CTPPr ppr = paragraph.getCTP().getPPr();
		if (ppr != null && ppr.isSetNumPr()) {
			CTNumPr numPr = ppr.getNumPr();
			numId = (numPr.isSetNumId()) ? numPr.getNumId().getVal() : null;
			level = (numPr.isSetIlvl()) ? numPr.getIlvl().getVal() : null;
		}
		String styleId = paragraph.getStyleID();
		for (int depth = 0; (numId == null || level == null) && styleId != null && styles != null
				&& depth < MAX_LINK_DEPTH; depth++) {
			XWPFStyle style = styles.getStyle(styleId);
			if (style == null) {
				break;
			}
			CTNumPr numPr = numPr(style.getCTStyle());
			if (numPr != null) {
				if (numId == null && numPr.isSetNumId()) {
					numId = numPr.getNumId().getVal();
				}
				if (level == null && numPr.isSetIlvl()) {
					level = numPr.getIlvl().getVal();
				}
			}
			styleId = basedOn(style.getCTStyle());
		}
		if (numId == null) {
			return null;
		}
		return new NumberingReference(numId, (level != null) ? level.intValue() : 0);
	}

	private static String basedOn(CTStyle style) {
		return (style != null && style.isSetBasedOn()) ? style.getBasedOn().getVal() : null;
	}

	private static CTNumPr numPr(CTStyle style) {
		if (style == null || !style.isSetPPr()) {
			return null;
		}
		CTPPrGeneral ppr = style.getPPr();
		return ppr.isSetNumPr() ? ppr.getNumPr() : null;
	}

	/**
	 * The abstract numbering with its levels, following a numStyleLink to the numbering
	 * style's list where the definition only points to one.
	 */
	private CTAbstractNum abstractNum(BigInteger abstractNumId, int depth) {
		XWPFAbstractNum abstractNum = numbering.getAbstractNum(abstractNumId);
		CTAbstractNum definition = (abstractNum != null) ? abstractNum.getCTAbstractNum() : null;
		if (definition == null) {
			return null;
		}
		if (!definition.getLvlList().isEmpty() || !definition.isSetNumStyleLink() || styles == null
				|| depth >= MAX_LINK_DEPTH) {
			return definition;
		}
		XWPFStyle style = styles.getStyle(definition.getNumStyleLink().getVal());
		CTNumPr numPr = (style != null) ? numPr(style.getCTStyle()) : null;
		if (numPr == null || !numPr.isSetNumId()) {
			return definition;
		}
		XWPFNum num = numbering.getNum(numPr.getNumId().getVal());
		if (num == null || num.getCTNum() == null || num.getCTNum().getAbstractNumId() == null) {
			return definition;
		}
		CTAbstractNum linked = abstractNum(num.getCTNum().getAbstractNumId().getVal(), depth + 1);
		return (linked != null) ? linked : definition;
	}

	/** The nine levels, with the level definitions a num overrides replaced. */
	private static CTLvl[] levels(CTAbstractNum definition, CTNum num) {
		CTLvl[] levels = new CTLvl[LEVELS];
		for (CTLvl lvl : definition.getLvlList()) {
			int index = (lvl.getIlvl() != null) ? lvl.getIlvl().intValue() : -1;
			if (index >= 0 && index < LEVELS && levels[index] == null) {
				levels[index] = lvl;
			}
		}
		for (CTNumLvl override : num.getLvlOverrideList()) {
			int index = (override.getIlvl() != null) ? override.getIlvl().intValue() : -1;
			if (index >= 0 && index < LEVELS && override.isSetLvl()) {
				levels[index] = override.getLvl();
			}
		}
		return levels;
	}

	private static void applyStartOverrides(CTNum num, Counters state) {
		for (CTNumLvl override : num.getLvlOverrideList()) {
			int index = (override.getIlvl() != null) ? override.getIlvl().intValue() : -1;
			if (index >= 0 && index < LEVELS && override.isSetStartOverride()
					&& override.getStartOverride().getVal() != null) {
				state.restartAt(index, override.getStartOverride().getVal().intValue());
			}
		}
	}

	/** Substitutes %1…%9 in the level's lvlText with the counters in their formats. */
	private static String render(CTLvl[] levels, int level, Counters state) {
		CTLvl lvl = levels[level];
		String format = numFmt(lvl);
		if ("bullet".equals(format) || !lvl.isSetLvlText() || lvl.getLvlText().getVal() == null) {
			return "";
		}
		boolean legal = lvl.isSetIsLgl() && onOff(lvl.getIsLgl().getVal());
		String template = lvl.getLvlText().getVal();
		StringBuilder out = new StringBuilder(template.length() + 8);
		for (int i = 0; i < template.length(); i++) {
			char c = template.charAt(i);
			if (c == '%' && i + 1 < template.length() && template.charAt(i + 1) >= '1'
					&& template.charAt(i + 1) <= '9') {
				int referenced = template.charAt(i + 1) - '1';
				String referencedFormat = legal ? "decimal" : numFmt(levels[referenced]);
				out.append(NumberFormats.format(state.value(levels, referenced), referencedFormat));
				i++;
			}
			else {
				out.append(c);
			}
		}
		return out.toString();
	}

	/**
	 * Word puts a tab or space after the number; a notice's own text has nothing after
	 * （一） or 1., so only a number ending in a letter, digit or ideograph (第一章, 1) gets a
	 * space.
	 */
	private static String separated(String label, CTLvl lvl, String text) {
		if (label.isEmpty()) {
			return text;
		}
		String suffix = suffix(lvl);
		char last = label.charAt(label.length() - 1);
		if ("nothing".equals(suffix) || text.isEmpty() || !Character.isLetterOrDigit(last)) {
			return label + text;
		}
		return label + " " + text;
	}

	/**
	 * The level's w:suff (tab, space, nothing), read from the XML because the schema
	 * classes POI ships leave its type out.
	 */
	private static String suffix(CTLvl lvl) {
		NodeList children = lvl.getDomNode().getChildNodes();
		for (int i = 0; i < children.getLength(); i++) {
			Node child = children.item(i);
			if (child instanceof Element element && "suff".equals(element.getLocalName())) {
				String value = element.getAttributeNS(WORDPROCESSINGML, "val");
				return value.isEmpty() ? "tab" : value;
			}
		}
		return "tab";
	}

	static String numFmt(CTLvl lvl) {
		if (lvl == null || !lvl.isSetNumFmt() || lvl.getNumFmt().getVal() == null) {
			return "decimal";
		}
		return lvl.getNumFmt().getVal().toString();
	}

	static int start(CTLvl lvl) {
		if (lvl == null || !lvl.isSetStart() || lvl.getStart().getVal() == null) {
			return 0;
		}
		return lvl.getStart().getVal().intValue();
	}

	private static boolean onOff(Object value) {
		return value == null || "true".equals(String.valueOf(value)) || "on".equals(String.valueOf(value))
				|| "1".equals(String.valueOf(value));
	}

	/** Where a paragraph points into the numbering definitions. */
	private record NumberingReference(BigInteger numId, int level) {
	}

	/** The counters of one abstract numbering, one per level. */
	private static final class Counters {

		private final int[] values = new int[LEVELS];

		private final boolean[] started = new boolean[LEVELS];

		private final Integer[] restartAt = new Integer[LEVELS];

		void restartAt(int level, int value) {
			restartAt[level] = value;
		}

		void advance(CTLvl[] levels, int level) {
			if (restartAt[level] != null) {
				values[level] = restartAt[level];
				restartAt[level] = null;
			}
			else if (started[level]) {
				values[level]++;
			}
			else {
				values[level] = start(levels[level]);
			}
			started[level] = true;
			for (int deeper = level + 1; deeper < LEVELS; deeper++) {
				if (restartsAfter(levels[deeper], level)) {
					started[deeper] = false;
				}
			}
		}

		int value(CTLvl[] levels, int level) {
			return started[level] ? values[level] : start(levels[level]);
		}

		/**
		 * lvlRestart n: the level restarts after level n (1-based) or a higher one; 0:
		 * never; absent: after any higher level.
		 */
		private static boolean restartsAfter(CTLvl lvl, int advancedLevel) {
			if (lvl == null || !lvl.isSetLvlRestart() || lvl.getLvlRestart().getVal() == null) {
				return true;
			}
			int restart = lvl.getLvlRestart().getVal().intValue();
			return restart != 0 && advancedLevel <= restart - 1;
		}

	}

}
