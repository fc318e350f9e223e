package org.luoshi.notice;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;

import org.luoshi.notice.internal.read.NoticeBytesReader;
import org.luoshi.notice.internal.read.SizeLimit;

/**
 * Turns the bytes of a division notice (.txt, .docx or .pdf) into {@link NoticeText}: the
 * one door through which uploaded and seeded notices reach the parser. The format is
 * detected from the bytes, never trusted from the file name; every problem becomes a
 * {@link NoticeFormatException} with one line a clerk can act on, in the message files.
 */
public final class NoticeReader {

	/** Largest notice accepted: 20 MB. */
	public static final long MAX_BYTES = 20L * 1024 * 1024;

	private NoticeReader() {
	}

	/**
	 * Read a notice held in memory.
	 * @param bytes the file's content
	 * @param fileName the name it was uploaded under, only used in messages (may be null)
	 * @return the notice's lines with format, encoding, SHA-256 and size
	 * @throws NoticeFormatException when the bytes are not a notice this reader can read
	 */
	public static NoticeText read(byte[] bytes, String fileName) throws NoticeFormatException {
		Objects.requireNonNull(bytes, "bytes");
		return NoticeBytesReader.read(bytes, fileName);
	}

	/**
	 * Read a notice from a file; a file larger than {@link #MAX_BYTES} is refused before
	 * it is read.
	 * @param file the file
	 * @return the notice's lines with format, encoding, SHA-256 and size
	 * @throws NoticeFormatException when the file cannot be read or is not a notice
	 */
	public static NoticeText read(Path file) throws NoticeFormatException {
		Objects.requireNonNull(file, "file");
		Path fileName = file.getFileName();
		String name = (fileName != null) ? fileName.toString() : file.toString();
		try {
			if (Files.isDirectory(file)) {
				throw new NoticeFormatException("folder", name);
			}
			SizeLimit.check(name, Files.size(file));
			byte[] bytes;
			try (InputStream in = Files.newInputStream(file)) {
				bytes = in.readNBytes(Math.toIntExact(MAX_BYTES + 1));
			}
			SizeLimit.check(name, bytes.length);
			return read(bytes, name);
		}
		catch (NoSuchFileException ex) {
			throw new NoticeFormatException(ex, "file-not-found", name);
		}
		catch (IOException ex) {
			throw new NoticeFormatException(ex, "file-unreadable", name);
		}
	}

}
