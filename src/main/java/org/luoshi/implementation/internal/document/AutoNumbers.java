package org.luoshi.implementation.internal.document;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;

/**
 * Word's automatic numbering, rendered as the clerk sees it: the （一） or 1. of a list
 * paragraph is not in its text but computed from the numbering definitions. One counter
 * per abstract numbering and level, in document order; a level restarts when a higher one
 * advances. Covers the numbering set on the paragraph itself, not through its style, and
 * ignores start overrides.
 */
final class AutoNumbers {

	private static final int LEVELS = 9;

	private final XWPFNumbering numbering;

	private final Map<BigInteger, int[]> counters = new HashMap<>();

	AutoNumbers(XWPFDocument document) {
		this.numbering = document.getNumbering();
	}

	/** The paragraph's text with its automatic number in front, if it has one. */
	String numbered(XWPFParagraph paragraph, String text) {
		String label = label(paragraph);
		return (label == null || label.isEmpty() || text.isBlank()) ? text : label + text;
	}

	private String label(XWPFParagraph paragraph) {
		BigInteger numId = paragraph.getNumID();
		if (this.numbering == null || numId == null || numId.signum() == 0) {
			return null;
		}
		BigInteger abstractId = this.numbering.getAbstractNumID(numId);
		XWPFAbstractNum definition = (abstractId == null) ? null : this.numbering.getAbstractNum(abstractId);
		if (definition == null || definition.getCTAbstractNum() == null) {
			return null;
		}
		CTLvl[] levels = levels(definition.getCTAbstractNum());
		int level = (paragraph.getNumIlvl() == null) ? 0 : Math.min(LEVELS - 1, paragraph.getNumIlvl().intValue());
		if (levels[level] == null || !levels[level].isSetLvlText()) {
			return null;
		}
		int[] values = this.counters.computeIfAbsent(abstractId, (id) -> filled());
		values[level] = (values[level] < 0) ? start(levels[level]) : values[level] + 1;
		for (int deeper = level + 1; deeper < LEVELS; deeper++) {
			values[deeper] = -1;
		}
		String template = levels[level].getLvlText().getVal();
		StringBuilder label = new StringBuilder();
		for (int i = 0; template != null && i < template.length(); i++) {
			char c = template.charAt(i);
			if (c == '%' && i + 1 < template.length() && Character.isDigit(template.charAt(i + 1))) {
				int referenced = Math.min(LEVELS - 1, Math.max(0, template.charAt(++i) - '1'));
				int value = (values[referenced] < 0) ? start(levels[referenced]) : values[referenced];
				label.append(format(value, levels[referenced]));
			}
			else {
				label.append(c);
			}
		}
		return label.toString();
	}

	private static int[] filled() {
		int[] values = new int[LEVELS];
		Arrays.fill(values, -1);
		return values;
	}

	private static CTLvl[] levels(CTAbstractNum definition) {
		CTLvl[] levels = new CTLvl[LEVELS];
		for (CTLvl lvl : definition.getLvlList()) {
			int index = (lvl.getIlvl() == null) ? -1 : lvl.getIlvl().intValue();
			if (index >= 0 && index < LEVELS) {
				levels[index] = lvl;
			}
		}
		return levels;
	}

	private static int start(CTLvl lvl) {
		return (lvl != null && lvl.isSetStart()) ? lvl.getStart().getVal().intValue() : 1;
	}

	/** The number in the level's format: Chinese counting, circled, else decimal. */
	private static String format(int value, CTLvl lvl) {
		String format = (lvl != null && lvl.isSetNumFmt()) ? String.valueOf(lvl.getNumFmt().getVal()) : "decimal";
		if (format.startsWith("chinese") || format.startsWith("ideograph") || format.startsWith("taiwanese")) {
			return ChineseNumber.write(value);
		}
		if (format.startsWith("decimalEnclosedCircle") && value >= 1 && value <= 20) {
			return String.valueOf((char) ('\u2460' + value - 1));
		}
		return String.valueOf(value);
	}

}
