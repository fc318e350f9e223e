package org.luoshi.plan.internal.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.Styles;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Streams the rows of one worksheet without building the workbook in memory, so that a
 * sheet with a hundred thousand rows is read in one pass and a bigger one is refused as
 * soon as its row 100,001 appears.
 */
final class SheetRows {

	/** Columns kept per row; anything further right is ignored. */
	static final int MAX_COLUMNS = 64;

	private SheetRows() {
	}

	/**
	 * The rows of the sheet, at most {@code maxRows} of them.
	 * @throws TooManyRows when the sheet has a row beyond {@code maxRows}
	 */
	static List<SheetRow> read(InputStream sheet, Styles styles, SharedStrings strings, int maxRows)
			throws IOException, SAXException {
		Collector collector = new Collector(maxRows);
		try {
			XMLReader parser = XMLHelper.newXMLReader();
			parser.setContentHandler(new XSSFSheetXMLHandler(styles, strings, collector, new DataFormatter(), false));
			parser.parse(new InputSource(sheet));
		}
		catch (ParserConfigurationException ex) {
			throw new IllegalStateException(ex);
		}
		return collector.rows;
	}

	/** A sheet longer than allowed; thrown out of the parser to stop it at once. */
	static final class TooManyRows extends RuntimeException {

		TooManyRows() {
			super(null, null, false, false);
		}

	}

	private static final class Collector implements XSSFSheetXMLHandler.SheetContentsHandler {

		private final int maxRows;

		private final List<SheetRow> rows = new ArrayList<>();

		private String[] cells;

		private int width;

		private int nextColumn;

		Collector(int maxRows) {
			this.maxRows = maxRows;
		}

		@Override
		public void startRow(int rowNum) {
			if (rowNum >= maxRows) {
				throw new TooManyRows();
			}
			this.cells = new String[MAX_COLUMNS];
			this.width = 0;
			this.nextColumn = 0;
		}

		@Override
		public void endRow(int rowNum) {
			String[] row = Arrays.copyOf(this.cells, this.width);
			for (int i = 0; i < row.length; i++) {
				row[i] = (row[i] != null) ? row[i] : "";
			}
			this.rows.add(new SheetRow(rowNum + 1, Arrays.asList(row)));
		}

		@Override
		public void cell(String reference, String value, XSSFComment comment) {
			int column = (reference != null) ? new CellReference(reference).getCol() : this.nextColumn;
			this.nextColumn = column + 1;
			if (column < 0 || column >= MAX_COLUMNS || value == null) {
				return;
			}
			this.cells[column] = value;
			this.width = Math.max(this.width, column + 1);
		}

	}

}
