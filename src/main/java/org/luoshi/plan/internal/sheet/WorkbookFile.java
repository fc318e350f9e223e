package org.luoshi.plan.internal.sheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.xml.sax.SAXException;

/**
 * Opens an uploaded workbook and reads the rows of its sheet 分工表 (or of its first sheet)
 * and the plan named in 说明; refuses, with one message saying why, what is empty, too big,
 * a zip bomb, not an .xlsx, or damaged.
 */
final class WorkbookFile {

	static final long MAX_BYTES = 20L * 1024 * 1024;

	static final int MAX_ROWS = 100_000;

	private static final byte[] ZIP = { 'P', 'K', 3, 4 };

	private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0 };

	private WorkbookFile() {
	}

	/**
	 * What the workbook holds: the division sheet's rows and the plan's title, if named.
	 */
	record Content(String sheetName, List<SheetRow> rows, String planTitle) {
	}

	static boolean isWorkbook(byte[] bytes) {
		return bytes != null && startsWith(bytes, ZIP) && ZipLimits.holdsWorkbook(bytes);
	}

	/**
	 * @param bytes the file's content
	 * @param name the file's name as messages give it (a text where it came without one)
	 */
	static Content read(byte[] bytes, Object name) {
		if (bytes.length == 0) {
			throw DivisionSheetErrors.ofFile("empty-file", name);
		}
		if (bytes.length > MAX_BYTES) {
			throw DivisionSheetErrors.ofFile("too-large", name,
					String.format(Locale.ROOT, "%.1f", bytes.length / 1048576.0));
		}
		if (!startsWith(bytes, ZIP)) {
			throw DivisionSheetErrors.ofFile(notZip(bytes), name);
		}
		switch (ZipLimits.check(bytes)) {
			case TOO_BIG -> throw DivisionSheetErrors.ofFile("zip-bomb", name, ZipLimits.MAX_INFLATED / 1048576);
			case DAMAGED -> throw DivisionSheetErrors.ofFile("damaged", name);
			case SOUND -> {
			}
		}
		OPCPackage pkg;
		try {
			pkg = OPCPackage.open(new ByteArrayInputStream(bytes));
		}
		catch (OpenXML4JException | IOException | RuntimeException ex) {
			throw DivisionSheetErrors.ofFile(ZipLimits.holdsWorkbook(bytes) ? "damaged" : "zip-not-xlsx", name);
		}
		try {
			requireWorkbook(pkg, name);
			return content(pkg, name);
		}
		catch (DivisionSheetErrors ex) {
			throw ex;
		}
		catch (SheetRows.TooManyRows ex) {
			throw DivisionSheetErrors.ofFile("too-many-rows", name, MAX_ROWS);
		}
		catch (OpenXML4JException | IOException | SAXException | RuntimeException ex) {
			throw DivisionSheetErrors.ofFile("damaged", name);
		}
		finally {
			pkg.revert();
		}
	}

	private static Content content(OPCPackage pkg, Object name) throws IOException, OpenXML4JException, SAXException {
		XSSFReader reader = new XSSFReader(pkg);
		StylesTable styles = reader.getStylesTable();
		SharedStrings strings = new ReadOnlySharedStringsTable(pkg);
		XSSFReader.SheetIterator sheets = reader.getSheetIterator();
		PackagePart division = null;
		PackagePart notes = null;
		String divisionName = null;
		while (sheets.hasNext()) {
			sheets.next().close();
			String sheetName = sheets.getSheetName();
			if (division == null || XlsxWriter.SHEET.equals(sheetName) && !XlsxWriter.SHEET.equals(divisionName)) {
				division = sheets.getSheetPart();
				divisionName = sheetName;
			}
			if (XlsxWriter.NOTES_SHEET.equals(sheetName)) {
				notes = sheets.getSheetPart();
			}
		}
		if (division == null) {
			throw DivisionSheetErrors.ofFile("no-sheet", name);
		}
		List<SheetRow> rows;
		try (InputStream in = division.getInputStream()) {
			rows = SheetRows.read(in, styles, strings, MAX_ROWS);
		}
		String title = null;
		if (notes != null && notes != division) {
			try (InputStream in = notes.getInputStream()) {
				List<SheetRow> noteRows = SheetRows.read(in, styles, strings, MAX_ROWS);
				if (!noteRows.isEmpty() && noteRows.get(0).number() == 1
						&& XlsxWriter.PLAN_LABEL.equals(noteRows.get(0).cell(0).strip())) {
					title = noteRows.get(0).cell(1).strip();
				}
			}
		}
		return new Content(divisionName, rows, (title == null || title.isEmpty()) ? null : title);
	}

	private static void requireWorkbook(OPCPackage pkg, Object name) throws OpenXML4JException {
		PackageRelationshipCollection main = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
		if (main.size() == 0) {
			main = pkg.getRelationshipsByType(PackageRelationshipTypes.STRICT_CORE_DOCUMENT);
		}
		PackagePart part = (main.size() == 0) ? null : pkg.getPart(main.getRelationship(0));
		String type = (part == null) ? "" : part.getContentType();
		if (type.contains("wordprocessingml")) {
			throw DivisionSheetErrors.ofFile("docx-not-xlsx", name);
		}
		if (type.contains("binary")) {
			throw DivisionSheetErrors.ofFile("xlsb", name);
		}
		if (!type.contains("spreadsheetml") && !type.contains("ms-excel.sheet")) {
			throw DivisionSheetErrors.ofFile("not-xlsx", name);
		}
	}

	/** What a file that is no zip is instead, as the code of its problem. */
	private static String notZip(byte[] bytes) {
		if (startsWith(bytes, OLE2)) {
			return "legacy-xls";
		}
		String start = new String(bytes, 0, Math.min(bytes.length, 64), StandardCharsets.UTF_8).replace("\uFEFF", "");
		if (start.startsWith(SheetColumn.CODE.header())) {
			return "csv";
		}
		if (start.startsWith("%PDF")) {
			return "pdf";
		}
		return "not-a-workbook";
	}

	private static boolean startsWith(byte[] bytes, byte[] prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (bytes[i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}

}
