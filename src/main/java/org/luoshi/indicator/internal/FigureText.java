package org.luoshi.indicator.internal;

import java.math.BigDecimal;
import java.util.regex.Pattern;

import org.luoshi.common.ComparedText;
import org.luoshi.indicator.FigureRefusal;

/**
 * Reads a figure as people type it: digits with an optional sign and decimal point,
 * full-width digits and thousands separators allowed (１２３, 2,787.5); nothing else — no
 * units, words or notes (约553, 553万).
 */
public final class FigureText {

	private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+|\\d{1,3}(,\\d{3})+)(\\.\\d+)?");

	// numeric(20, 6): six decimals, fourteen digits before the point
	private static final int DECIMALS = 6;

	private static final int DIGITS = 14;

	private FigureText() {
	}

	/**
	 * @throws FigureRefusal.Missing when the text is empty
	 * @throws FigureRefusal.NotANumber when it is anything but a number the store can
	 * keep
	 */
	public static BigDecimal parse(String field, String text) {
		String compared = ComparedText.of(text);
		if (compared.isEmpty()) {
			throw new FigureRefusal.Missing(field);
		}
		if (!NUMBER.matcher(compared).matches()) {
			throw new FigureRefusal.NotANumber(field, text);
		}
		BigDecimal value = new BigDecimal(compared.replace(",", "").replace("+", ""));
		if (value.scale() > DECIMALS || value.precision() - value.scale() > DIGITS) {
			throw new FigureRefusal.NotANumber(field, text);
		}
		return value;
	}

	/** A whole year, 4 digits. */
	public static int year(String text) {
		String compared = ComparedText.of(text);
		if (compared.isEmpty()) {
			throw new FigureRefusal.Missing("year");
		}
		// a spreadsheet gives 2013 as 2013.0
		String whole = compared.endsWith(".0") ? compared.substring(0, compared.length() - 2) : compared;
		if (!whole.matches("\\d{4}")) {
			throw new FigureRefusal.NotANumber("year", text);
		}
		return Integer.parseInt(whole);
	}

}
