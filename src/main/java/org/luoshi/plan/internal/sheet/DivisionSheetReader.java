package org.luoshi.plan.internal.sheet;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.luoshi.notice.ChapterDraft;
import org.luoshi.notice.NoticeDraft;
import org.luoshi.notice.NoticeMessage;
import org.luoshi.notice.NoticeText;
import org.luoshi.notice.PlanOutline;
import org.luoshi.notice.SourceFormat;

/**
 * Reads a division spreadsheet (.xlsx) that an office edited back into a notice draft, so
 * that the reviewed import can show it as a revision of the plan: every problem in the
 * sheet is reported at once, at its row and column, and nothing half-read is returned.
 */
public final class DivisionSheetReader {

	private static final NoticeMessage UNNAMED = NoticeMessage.of("plan.sheet.unnamed-file");

	private DivisionSheetReader() {
	}

	/**
	 * Whether the bytes are an Excel workbook (a zip holding xl/workbook.xml), for
	 * telling an uploaded division sheet from an uploaded notice.
	 */
	public static boolean isSpreadsheet(byte[] bytes) {
		return WorkbookFile.isWorkbook(bytes);
	}

	/**
	 * Read an uploaded division sheet.
	 * @param xlsx the file's bytes
	 * @param fileName the name it was uploaded under, only for messages; may be null
	 * @return the sheet as stored text and as a draft
	 * @throws DivisionSheetErrors with every problem found, when the file is not a
	 * readable division sheet
	 */
	public static SheetImport read(byte[] xlsx, String fileName) {
		Objects.requireNonNull(xlsx, "xlsx");
		WorkbookFile.Content content = WorkbookFile.read(xlsx, displayName(fileName));
		List<SheetRow> rows = content.rows();
		if (rows.isEmpty() || rows.get(0).number() != 1 || rows.get(0).isBlank()) {
			throw DivisionSheetErrors.ofFile("no-header", content.sheetName(), SheetHeader.headers());
		}
		List<SheetError> headerProblems = new ArrayList<>();
		int[] columns = SheetHeader.locate(rows.get(0), headerProblems);
		if (columns == null) {
			throw new DivisionSheetErrors(headerProblems);
		}
		SheetProblems problems = new SheetProblems(columns);
		RowReader reader = new RowReader(columns, problems);
		List<SheetEntry> entries = new ArrayList<>();
		for (SheetRow row : rows.subList(1, rows.size())) {
			SheetEntry entry = reader.read(row);
			if (entry != null) {
				entries.add(entry);
			}
		}
		if (entries.stream().noneMatch(SheetEntry::isTask) && !problems.any()) {
			throw DivisionSheetErrors.ofFile("no-tasks", content.sheetName());
		}
		List<ChapterDraft> chapters = OutlineAssembler.assemble(entries, problems);
		if (problems.any()) {
			throw problems.exception();
		}
		NoticeDraft draft = new NoticeDraft(null, null, null, null,
				new PlanOutline(content.planTitle(), null, null, null), List.of(), List.of(), chapters, List.of(),
				List.of(), List.of(), null, null, List.of(), List.of());
		Map<String, Integer> taskRows = new LinkedHashMap<>();
		entries.stream().filter(e -> e.task() != null).forEach(e -> taskRows.put(e.task().id(), e.row()));
		return new SheetImport(text(rows, xlsx), draft, Collections.unmodifiableMap(taskRows));
	}

	/** One line per Excel row, empty rows included, so that line n is row n. */
	private static NoticeText text(List<SheetRow> rows, byte[] xlsx) {
		List<String> lines = new ArrayList<>();
		for (SheetRow row : rows) {
			while (lines.size() < row.number() - 1) {
				lines.add("");
			}
			lines.add(row.line());
		}
		return new NoticeText(lines, SourceFormat.XLSX, null, sha256(xlsx), xlsx.length);
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java runtime has SHA-256", ex);
		}
	}

	/**
	 * The file name for messages: without folders, control characters or excess length;
	 * for a file without one, a text that says so in the reader's language.
	 */
	static Object displayName(String fileName) {
		String name = (fileName == null) ? ""
				: fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1)
					.replaceAll("\\p{Cntrl}", "")
					.strip();
		if (name.isEmpty()) {
			return UNNAMED;
		}
		return (name.length() > 80) ? name.substring(0, 80) + "…" : name;
	}

}
