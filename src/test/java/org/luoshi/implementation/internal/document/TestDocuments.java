package org.luoshi.implementation.internal.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Documents made in the tests as departments write them: a .docx of paragraphs and
 * tables, an .xlsx of sheets; and the seed plan's tasks as candidates.
 */
final class TestDocuments {

	/** A table cell that continues the cell above (merged down). */
	static final String ABOVE = "\u0000above";

	/** A row whose one cell spans the whole table. */
	static final String SPAN = "\u0000span:";

	private TestDocuments() {
	}

	/** One body element: a paragraph (a String) or a table (a List of rows). */
	static byte[] docx(Object... body) {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			for (Object element : body) {
				if (element instanceof String text) {
					document.createParagraph().createRun().setText(text);
				}
				else if (element instanceof List<?> rows) {
					table(document, rows);
				}
			}
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@SuppressWarnings("unchecked")
	private static void table(XWPFDocument document, List<?> rows) {
		int columns = ((List<String>) rows.get(0)).size();
		XWPFTable table = document.createTable(rows.size(), columns);
		for (int r = 0; r < rows.size(); r++) {
			List<String> cells = (List<String>) rows.get(r);
			XWPFTableRow row = table.getRow(r);
			if (cells.size() == 1 && cells.get(0).startsWith(SPAN)) {
				while (row.getTableCells().size() > 1) {
					row.removeCell(1);
				}
				XWPFTableCell cell = row.getCell(0);
				cell.setText(cells.get(0).substring(SPAN.length()));
				CTTcPr pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
				pr.addNewGridSpan().setVal(BigInteger.valueOf(columns));
				continue;
			}
			for (int c = 0; c < columns; c++) {
				XWPFTableCell cell = row.getCell(c);
				String text = cells.get(c);
				CTTcPr pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
				if (ABOVE.equals(text)) {
					pr.addNewVMerge().setVal(STMerge.CONTINUE);
				}
				else {
					cell.setText(text);
					boolean mergedBelow = r + 1 < rows.size() && ((List<String>) rows.get(r + 1)).size() > c
							&& ABOVE.equals(((List<String>) rows.get(r + 1)).get(c));
					if (mergedBelow) {
						pr.addNewVMerge().setVal(STMerge.RESTART);
					}
				}
			}
		}
	}

	/**
	 * An .xlsx: each sheet a name and rows; {@link #ABOVE} merges down, {@link #SPAN}
	 * merges across; a {@link java.time.LocalDate} is written as a date cell.
	 */
	static byte[] xlsx(Object... sheets) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			short dateFormat = workbook.createDataFormat().getFormat("yyyy-mm-dd");
			var dateStyle = workbook.createCellStyle();
			dateStyle.setDataFormat(dateFormat);
			for (int s = 0; s < sheets.length; s += 2) {
				XSSFSheet sheet = workbook.createSheet((String) sheets[s]);
				List<?> rows = (List<?>) sheets[s + 1];
				int width = rows.stream().mapToInt((row) -> ((List<?>) row).size()).max().orElse(1);
				List<int[]> downs = new ArrayList<>();
				for (int r = 0; r < rows.size(); r++) {
					List<?> cells = (List<?>) rows.get(r);
					var row = sheet.createRow(r);
					for (int c = 0; c < cells.size(); c++) {
						Object value = cells.get(c);
						if (ABOVE.equals(value)) {
							int column = c;
							int[] last = downs.stream().filter((d) -> d[1] == column).reduce((a, b) -> b).orElse(null);
							if (last != null && last[2] == r - 1) {
								last[2] = r;
							}
							else {
								downs.add(new int[] { r - 1, c, r });
							}
							continue;
						}
						var cell = row.createCell(c);
						if (value instanceof java.time.LocalDate day) {
							cell.setCellValue(day);
							cell.setCellStyle(dateStyle);
						}
						else if (value instanceof String text && text.startsWith(SPAN)) {
							cell.setCellValue(text.substring(SPAN.length()));
							sheet.addMergedRegion(new CellRangeAddress(r, r, 0, width - 1));
						}
						else {
							cell.setCellValue(String.valueOf(value));
						}
					}
				}
				for (int[] d : downs) {
					sheet.addMergedRegion(new CellRangeAddress(d[0], d[2], d[1], d[1]));
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The seed notice's task as the golden fixture gives it, by its id (2.2.1). */
	record SeedTask(String id, String text, String lead) {

		/** The task's id in these tests: 2.2.1 is 20201. */
		long taskId() {
			String[] p = this.id.split("\\.");
			return Long.parseLong(p[0]) * 10000 + Long.parseLong(p[1]) * 100 + Long.parseLong(p[2]);
		}

		Candidate candidate() {
			return new Candidate(taskId(), this.id, this.text);
		}

	}

	/** Every task of the seed plan, from its golden fixture. */
	static List<SeedTask> seedTasks() {
		try {
			JsonNode root = JsonMapper.builder()
				.build()
				.readTree(Files.readString(Path.of("src/test/resources/fixtures/jilin-12th-fyp-division.golden.json")));
			List<SeedTask> tasks = new ArrayList<>();
			for (JsonNode chapter : root.get("chapters")) {
				chapter.get("tasks").forEach((t) -> tasks.add(task(t)));
				for (JsonNode section : chapter.get("sections")) {
					section.get("tasks").forEach((t) -> tasks.add(task(t)));
				}
			}
			return tasks;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static SeedTask task(JsonNode t) {
		return new SeedTask(t.get("id").asString(), t.get("text").asString(),
				t.get("lead").isNull() ? null : t.get("lead").asString());
	}

}
