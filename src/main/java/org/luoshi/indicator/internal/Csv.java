package org.luoshi.indicator.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * CSV as RFC 4180 writes it: fields separated by commas, quoted when they hold commas,
 * quotes or line breaks, a doubled quote inside quotes. Rows are numbered as a
 * spreadsheet shows them: a line break inside quotes does not start a row.
 */
final class Csv {

	private Csv() {
	}

	static List<FigureFile.Line> parse(String text) {
		List<FigureFile.Line> lines = new ArrayList<>();
		List<String> cells = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		int row = 1;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					cell.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					cell.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == ',') {
				cells.add(cell.toString());
				cell.setLength(0);
			}
			else if (c == '\n' || c == '\r') {
				if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					i++;
				}
				cells.add(cell.toString());
				cell.setLength(0);
				lines.add(new FigureFile.Line(row, List.copyOf(cells)));
				cells.clear();
				row++;
			}
			else {
				cell.append(c);
			}
		}
		if (cell.length() > 0 || !cells.isEmpty()) {
			cells.add(cell.toString());
			lines.add(new FigureFile.Line(row, List.copyOf(cells)));
		}
		return lines;
	}

}
