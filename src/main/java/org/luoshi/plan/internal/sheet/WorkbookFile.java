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

	static Content read(byte[] bytes, String name) {
		if (bytes.length == 0) {
			throw DivisionSheetErrors.ofFile("文件“" + name + "”是空文件（0 字节）；请选择分工表 .xlsx 文件");
		}
		if (bytes.length > MAX_BYTES) {
			throw DivisionSheetErrors
				.ofFile("文件“" + name + "”大小为 " + String.format(Locale.ROOT, "%.1f", bytes.length / 1048576.0)
						+ " MB，超过了分工表 20 MB 的上限；请删去图片等内容或拆分后再导入");
		}
		if (!startsWith(bytes, ZIP)) {
			throw DivisionSheetErrors.ofFile(notZip(bytes, name));
		}
		switch (ZipLimits.check(bytes)) {
			case TOO_BIG -> throw DivisionSheetErrors.ofFile("文件“" + name + "”解压后超过 " + ZipLimits.MAX_INFLATED / 1048576
					+ " MB 或含有过多文件，不像是分工表（可能是恶意构造的压缩文件），已拒绝读取");
			case DAMAGED -> throw DivisionSheetErrors.ofFile(damaged(name));
			case SOUND -> {
			}
		}
		OPCPackage pkg;
		try {
			pkg = OPCPackage.open(new ByteArrayInputStream(bytes));
		}
		catch (OpenXML4JException | IOException | RuntimeException ex) {
			throw DivisionSheetErrors.ofFile(ZipLimits.holdsWorkbook(bytes) ? damaged(name)
					: "文件“" + name + "”是 zip 压缩包，不是 Excel 工作簿（.xlsx）；请上传分工表 .xlsx 文件");
		}
		try {
			requireWorkbook(pkg, name);
			return content(pkg, name);
		}
		catch (DivisionSheetErrors ex) {
			throw ex;
		}
		catch (SheetRows.TooManyRows ex) {
			throw DivisionSheetErrors.ofFile("文件“" + name + "”的分工表超过 " + MAX_ROWS + " 行的上限；请拆分后再导入");
		}
		catch (OpenXML4JException | IOException | SAXException | RuntimeException ex) {
			throw DivisionSheetErrors.ofFile(damaged(name));
		}
		finally {
			pkg.revert();
		}
	}

	private static Content content(OPCPackage pkg, String name) throws IOException, OpenXML4JException, SAXException {
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
			throw DivisionSheetErrors.ofFile("文件“" + name + "”中没有工作表；请上传分工表 .xlsx 文件");
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

	private static void requireWorkbook(OPCPackage pkg, String name) throws OpenXML4JException {
		PackageRelationshipCollection main = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
		if (main.size() == 0) {
			main = pkg.getRelationshipsByType(PackageRelationshipTypes.STRICT_CORE_DOCUMENT);
		}
		PackagePart part = (main.size() == 0) ? null : pkg.getPart(main.getRelationship(0));
		String type = (part == null) ? "" : part.getContentType();
		if (type.contains("wordprocessingml")) {
			throw DivisionSheetErrors
				.ofFile("文件“" + name + "”是 Word 文档（.docx），不是 Excel 工作簿（.xlsx）；分工通知请按“导入通知”上传，分工表请上传 .xlsx 文件");
		}
		if (type.contains("binary")) {
			throw DivisionSheetErrors.ofFile("文件“" + name + "”是 Excel 二进制工作簿（.xlsb）；请用 Excel 另存为 .xlsx 后再导入");
		}
		if (!type.contains("spreadsheetml") && !type.contains("ms-excel.sheet")) {
			throw DivisionSheetErrors.ofFile("文件“" + name + "”不是 Excel 工作簿（.xlsx）；请上传分工表 .xlsx 文件");
		}
	}

	private static String notZip(byte[] bytes, String name) {
		if (startsWith(bytes, OLE2)) {
			return "文件“" + name + "”是旧版 Excel（.xls）或其他旧版 Office 文件，不是 .xlsx 工作簿；请用 Excel 或 WPS 另存为 .xlsx 后再导入";
		}
		String start = new String(bytes, 0, Math.min(bytes.length, 64), StandardCharsets.UTF_8).replace("\uFEFF", "");
		if (start.startsWith(SheetColumn.CODE.header())) {
			return "文件“" + name + "”是 CSV 文本，不是 Excel 工作簿（.xlsx）；分工表只能以 .xlsx 导入，请用 Excel 或 WPS 打开后另存为 .xlsx";
		}
		if (start.startsWith("%PDF")) {
			return "文件“" + name + "”是 PDF 文件，不是 Excel 工作簿（.xlsx）；请上传分工表 .xlsx 文件";
		}
		return "文件“" + name + "”不是 Excel 工作簿（.xlsx）；请上传从本系统导出、修改后保存的分工表 .xlsx 文件";
	}

	private static String damaged(String name) {
		return "文件“" + name + "”看起来是 Excel 工作簿，但已损坏或不完整，无法读取；请用 Excel 或 WPS 打开并重新保存后再导入";
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
