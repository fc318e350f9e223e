package org.luoshi.common;

/**
 * Text written into a CSV file that a spreadsheet will open: a value beginning with
 * {@code = + - @}, a tab or a carriage return would be taken for a formula (CSV
 * injection), so it gets a single quote in front, which spreadsheets show as text. Only
 * for text: a number such as -3.5 is written as it is.
 */
public final class SpreadsheetText {

	private SpreadsheetText() {
	}

	/**
	 * The value with a leading ' when it starts with = + - @ TAB or CR; null stays null.
	 */
	public static String defused(String value) {
		if (value != null && !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
			return "'" + value;
		}
		return value;
	}

}
