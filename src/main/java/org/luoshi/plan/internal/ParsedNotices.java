package org.luoshi.plan.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.luoshi.notice.NoticeDraft;
import org.luoshi.notice.NoticeFormatException;
import org.luoshi.notice.NoticeParser;
import org.luoshi.notice.NoticeReader;
import org.luoshi.notice.NoticeText;
import org.luoshi.plan.ImportRefusal;
import org.luoshi.plan.internal.sheet.DivisionSheetReader;
import org.luoshi.plan.internal.sheet.SheetImport;

import org.springframework.stereotype.Component;

/**
 * Uploaded notices and division sheets as read: the text to keep, the draft, and whether
 * it came from a spreadsheet. A pending import is shown again and again while the office
 * maps names, and reading a 20 MB file each time would let anyone holding the page tie up
 * the server; so each file is read once and the result kept by the SHA-256 of its bytes
 * and its name (the name decides how some files are read), for the few dozen files most
 * recently read. A file that cannot be read is refused each time, never kept.
 */
@Component
public class ParsedNotices {

	private static final int KEPT = 32;

	/**
	 * What was read from a file.
	 *
	 * @param text the text to keep
	 * @param draft what the importer extracted
	 * @param spreadsheet whether it came from a division spreadsheet
	 */
	public record Read(NoticeText text, NoticeDraft draft, boolean spreadsheet) {
	}

	private final Map<String, Read> kept = new LinkedHashMap<>(KEPT, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Read> eldest) {
			return size() > KEPT;
		}
	};

	private final AtomicLong reads = new AtomicLong();

	/**
	 * @throws ImportRefusal.UnreadableNotice when the file is not a notice the importer
	 * can read
	 * @throws org.luoshi.plan.internal.sheet.DivisionSheetErrors when a spreadsheet is
	 * malformed, row by row
	 */
	public Read read(byte[] content, String fileName) {
		String key = sha256(content) + "\n" + fileName;
		synchronized (this.kept) {
			Read known = this.kept.get(key);
			if (known != null) {
				return known;
			}
		}
		Read read = readAfresh(content, fileName);
		synchronized (this.kept) {
			this.kept.put(key, read);
		}
		return read;
	}

	/** How many files were read rather than found kept, for tests. */
	long reads() {
		return this.reads.get();
	}

	private Read readAfresh(byte[] content, String fileName) {
		this.reads.incrementAndGet();
		if (DivisionSheetReader.isSpreadsheet(content)) {
			SheetImport sheet = DivisionSheetReader.read(content, fileName);
			return new Read(sheet.text(), SheetLines.pointToRows(sheet), true);
		}
		try {
			NoticeText text = NoticeReader.read(content, fileName);
			return new Read(text, NoticeParser.parse(text), false);
		}
		catch (NoticeFormatException ex) {
			throw new ImportRefusal.UnreadableNotice(ex);
		}
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
