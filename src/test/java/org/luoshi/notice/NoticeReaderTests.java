package org.luoshi.notice;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed notice (吉林省“十二五”规划纲要分工通知) read through {@link NoticeReader} in every encoding
 * and as a Word document: all must give the lines of the UTF-8 original.
 */
class NoticeReaderTests {

	static final String SEED = "/demo/jilin-12th-fyp-division-notice.txt";

	static byte[] seed;

	static NoticeText original;

	@BeforeAll
	static void readSeed() throws Exception {
		try (InputStream in = NoticeReaderTests.class.getResourceAsStream(SEED)) {
			assertThat(in).as(SEED).isNotNull();
			seed = in.readAllBytes();
		}
		original = NoticeReader.read(seed, "jilin-12th-fyp-division-notice.txt");
	}

	@Test
	void readsTheUtf8SeedLineByLine() throws Exception {
		assertThat(original.format()).isEqualTo(SourceFormat.TXT);
		assertThat(original.encoding()).isEqualTo("UTF-8");
		assertThat(original.lines()).hasSize(458);
		assertThat(original.line(20)).isEqualTo("　　耕地保有量保持在553万公顷。（省国土资源厅牵头）");
		assertThat(original.lines()).noneMatch((line) -> line.contains("\uFFFD") || line.contains("\n"));
		assertThat(original.byteSize()).isEqualTo(seed.length);
		assertThat(original.sha256())
			.isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(seed)));
	}

	@Test
	void gb18030CopyOfTheSeedGivesTheSameLines() throws Exception {
		assertSameLines(reencode(Charset.forName("GB18030"), new byte[0]), "GB18030");
	}

	@Test
	void utf16LittleEndianCopyWithBomGivesTheSameLines() throws Exception {
		assertSameLines(reencode(StandardCharsets.UTF_16LE, new byte[] { (byte) 0xFF, (byte) 0xFE }), "UTF-16LE");
	}

	@Test
	void utf16BigEndianCopyWithoutBomGivesTheSameLines() throws Exception {
		assertSameLines(reencode(StandardCharsets.UTF_16BE, new byte[0]), "UTF-16BE");
	}

	@Test
	void utf8CopyWithBomGivesTheSameLines() throws Exception {
		assertSameLines(reencode(StandardCharsets.UTF_8, new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }),
				"UTF-8");
	}

	@Test
	void crLfCopyOfTheSeedGivesTheSameLines() throws Exception {
		String text = new String(seed, StandardCharsets.UTF_8).replace("\n", "\r\n");
		assertSameLines(text.getBytes(StandardCharsets.UTF_8), "UTF-8");
	}

	@Test
	void seedSavedAsWordDocumentGivesTheSameNonBlankLines() throws Exception {
		byte[] docx;
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			for (String line : original.lines()) {
				document.createParagraph().createRun().setText(line);
			}
			document.write(out);
			docx = out.toByteArray();
		}
		NoticeText text = NoticeReader.read(docx, "jilin-12th-fyp-division-notice.docx");
		assertThat(text.format()).isEqualTo(SourceFormat.DOCX);
		assertThat(nonBlank(text.lines())).containsExactlyElementsOf(nonBlank(original.lines()));
		assertThat(text.lines()).contains("　　耕地保有量保持在553万公顷。（省国土资源厅牵头）");
	}

	@Test
	void seedReadFromAFileEqualsTheSeedReadFromMemory(@TempDir Path directory) throws Exception {
		Path file = Files.write(directory.resolve("jilin-12th-fyp-division-notice.txt"), seed);
		assertThat(NoticeReader.read(file)).isEqualTo(original);
	}

	private static void assertSameLines(byte[] bytes, String encoding) throws NoticeFormatException {
		NoticeText text = NoticeReader.read(bytes, "jilin-12th-fyp-division-notice.txt");
		assertThat(text.encoding()).isEqualTo(encoding);
		assertThat(text.lines()).hasSize(458).containsExactlyElementsOf(original.lines());
		assertThat(text.line(20)).isEqualTo("　　耕地保有量保持在553万公顷。（省国土资源厅牵头）");
		assertThat(text.byteSize()).isEqualTo(bytes.length);
		assertThat(text.sha256()).isNotEqualTo(original.sha256());
	}

	private static byte[] reencode(Charset charset, byte[] bom) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(bom);
		out.write(new String(seed, StandardCharsets.UTF_8).getBytes(charset));
		return out.toByteArray();
	}

	private static List<String> nonBlank(List<String> lines) {
		return lines.stream().filter((line) -> !line.isBlank()).toList();
	}

}
