package org.luoshi.notice.internal.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.notice.NoticeFormatException;
import org.luoshi.notice.NoticeReader;
import org.luoshi.notice.NoticeText;
import org.luoshi.notice.SourceFormat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The format comes from the bytes, not the file name; containers that are not a notice
 * get a message saying what they are; size limits, hashes and the path reader.
 */
class FormatDetectionTests {

	static final String LINE = "　　耕地保有量保持在553万公顷。（省国土资源厅牵头）";

	@Test
	void textNamedDocxIsReadAsText() throws Exception {
		NoticeText text = NoticeReader.read(LINE.getBytes(StandardCharsets.UTF_8), "通知.docx");
		assertThat(text.format()).isEqualTo(SourceFormat.TXT);
		assertThat(text.lines()).containsExactly(LINE);
	}

	@Test
	void pdfNamedTxtIsReadAsPdf() throws Exception {
		NoticeText text = NoticeReader.read(latinPdf("Division of tasks"), "通知.txt");
		assertThat(text.format()).isEqualTo(SourceFormat.PDF);
		assertThat(text.encoding()).isNull();
		assertThat(text.lines()).containsExactly("Division of tasks");
	}

	@Test
	void docxNamedTxtIsReadAsDocx() throws Exception {
		try (XWPFDocument document = new XWPFDocument()) {
			document.createParagraph().createRun().setText(LINE);
			NoticeText text = NoticeReader.read(DocxReaderTests.bytes(document), "通知.txt");
			assertThat(text.format()).isEqualTo(SourceFormat.DOCX);
			assertThat(text.lines()).containsExactly(LINE);
		}
	}

	@Test
	void recordsSha256AndSizeOfTheOriginalBytes() throws Exception {
		byte[] bytes = LINE.getBytes(TextDecodingTests.GB18030);
		NoticeText text = NoticeReader.read(bytes, "通知.txt");
		String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		assertThat(text.sha256()).isEqualTo(expected).matches("[0-9a-f]{64}");
		assertThat(text.byteSize()).isEqualTo(bytes.length);
	}

	@Test
	void legacyDocMagicIsRefusedWithAdviceToSaveAsDocx() {
		byte[] doc = Arrays.copyOf(
				new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1 },
				4096);
		assertThatExceptionOfType(NoticeFormatException.class).isThrownBy(() -> NoticeReader.read(doc, "通知.doc"))
			.withMessageContaining("通知.doc")
			.withMessageContaining("旧版")
			.withMessageContaining("另存为 .docx");
	}

	@Test
	void realXlsWorkbookIsRefusedAsLegacyOffice() throws IOException {
		byte[] xls;
		try (HSSFWorkbook workbook = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			workbook.createSheet("分工").createRow(0).createCell(0).setCellValue(LINE);
			workbook.write(out);
			xls = out.toByteArray();
		}
		assertThatExceptionOfType(NoticeFormatException.class).isThrownBy(() -> NoticeReader.read(xls, "分工.docx"))
			.withMessageContaining(".doc/.xls")
			.withMessageContaining("另存为 .docx");
	}

	@Test
	void passwordProtectedDocxIsRefusedWithAdviceToRemoveThePassword() throws Exception {
		byte[] docx;
		try (XWPFDocument document = new XWPFDocument()) {
			document.createParagraph().createRun().setText(LINE);
			docx = DocxReaderTests.bytes(document);
		}
		byte[] encrypted;
		try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Encryptor encryptor = new EncryptionInfo(EncryptionMode.standard).getEncryptor();
			encryptor.confirmPassword("jilin2011");
			try (OutputStream data = encryptor.getDataStream(fs)) {
				data.write(docx);
			}
			fs.writeFilesystem(out);
			encrypted = out.toByteArray();
		}
		assertThatExceptionOfType(NoticeFormatException.class)
			.isThrownBy(() -> NoticeReader.read(encrypted, "加密通知.docx"))
			.withMessageContaining("加密通知.docx")
			.withMessageContaining("密码")
			.withMessageNotContaining("旧版");
	}

	@Test
	void truncatedDocxIsRefusedAsCorrupt() throws IOException {
		byte[] docx;
		try (XWPFDocument document = new XWPFDocument()) {
			document.createParagraph().createRun().setText(LINE);
			docx = DocxReaderTests.bytes(document);
		}
		byte[] truncated = Arrays.copyOf(docx, docx.length / 2);
		assertThatExceptionOfType(NoticeFormatException.class).isThrownBy(() -> NoticeReader.read(truncated, "通知.docx"))
			.withMessageContaining("通知.docx")
			.withMessageContaining("已损坏");
	}

	@Test
	void zipMagicFollowedByJunkIsRefusedAsCorrupt() {
		byte[] junk = new byte[2048];
		new Random(7).nextBytes(junk);
		System.arraycopy(new byte[] { 'P', 'K', 3, 4 }, 0, junk, 0, 4);
		assertThatExceptionOfType(NoticeFormatException.class).isThrownBy(() -> NoticeReader.read(junk, "通知.docx"))
			.withMessageContaining("已损坏")
			.withMessageNotContaining("Exception");
	}

	@Test
	void zipThatIsNotAWordDocumentIsRefused() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry("通知.txt"));
			zip.write(LINE.getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
			zip.putNextEntry(new ZipEntry("附件.txt"));
			zip.write(LINE.getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		assertThatExceptionOfType(NoticeFormatException.class)
			.isThrownBy(() -> NoticeReader.read(out.toByteArray(), "通知.docx"))
			.withMessageContaining("zip 压缩包（含 2 个文件）")
			.withMessageContaining("不是 Word 文档");
	}

	@Test
	void ofdZipIsRefusedAsOfd() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry("OFD.xml"));
			zip.write("<ofd:OFD/>".getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		assertThatExceptionOfType(NoticeFormatException.class)
			.isThrownBy(() -> NoticeReader.read(out.toByteArray(), "通知.ofd"))
			.withMessageContaining("OFD");
	}

	@Test
	void excelWorkbookIsRefusedAsExcel() throws IOException {
		byte[] xlsx;
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			workbook.createSheet("分工").createRow(0).createCell(0).setCellValue(LINE);
			workbook.write(out);
			xlsx = out.toByteArray();
		}
		assertThatExceptionOfType(NoticeFormatException.class).isThrownBy(() -> NoticeReader.read(xlsx, "分工.docx"))
			.withMessageContaining("Excel");
	}

	@Test
	void byteArrayOverTwentyMegabytesIsRefused() {
		byte[] bytes = new byte[(int) NoticeReader.MAX_BYTES + 1];
		assertThatExceptionOfType(NoticeFormatException.class).isThrownBy(() -> NoticeReader.read(bytes, "大文件.txt"))
			.withMessageContaining("大文件.txt")
			.withMessageContaining("20971521 字节")
			.withMessageContaining("超过了 20 MB（20971520 字节）的上限");
	}

	@Test
	void byteArrayOfExactlyTwentyMegabytesIsNotRefusedForItsSize() {
		byte[] bytes = new byte[(int) NoticeReader.MAX_BYTES];
		Arrays.fill(bytes, (byte) ' ');
		assertThatExceptionOfType(NoticeFormatException.class).isThrownBy(() -> NoticeReader.read(bytes, "大文件.txt"))
			.withMessageContaining("空白字符");
	}

	@Test
	void fileOverTwentyMegabytesIsRefusedBeforeItIsRead(@TempDir Path directory) throws IOException {
		Path file = directory.resolve("超大通知.txt");
		try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
			sparse.setLength(NoticeReader.MAX_BYTES + 1);
		}
		assertThatExceptionOfType(NoticeFormatException.class).isThrownBy(() -> NoticeReader.read(file))
			.withMessageContaining("超大通知.txt")
			.withMessageContaining("20971521 字节")
			.withMessageContaining("超过了 20 MB（20971520 字节）的上限");
	}

	@Test
	void readsANoticeFromAFile(@TempDir Path directory) throws Exception {
		Path file = directory.resolve("通知.txt");
		Files.write(file, (LINE + "\n").getBytes(TextDecodingTests.GB18030));
		NoticeText text = NoticeReader.read(file);
		assertThat(text.lines()).containsExactly(LINE);
		assertThat(text.encoding()).isEqualTo("GB18030");
		assertThat(text.byteSize()).isEqualTo(Files.size(file));
	}

	@Test
	void missingFileIsReportedWithItsName(@TempDir Path directory) {
		Path file = directory.resolve("不存在的通知.docx");
		assertThatExceptionOfType(NoticeFormatException.class).isThrownBy(() -> NoticeReader.read(file))
			.withMessageContaining("不存在的通知.docx")
			.withMessageContaining("找不到");
	}

	@Test
	void directoryIsReportedWithItsName(@TempDir Path directory) throws IOException {
		Path folder = Files.createDirectory(directory.resolve("通知"));
		assertThatExceptionOfType(NoticeFormatException.class).isThrownBy(() -> NoticeReader.read(folder))
			.withMessageContaining("“通知”是文件夹");
	}

	@Test
	void messagesUseAPlaceholderWhenTheFileHasNoName() {
		assertThatExceptionOfType(NoticeFormatException.class).isThrownBy(() -> NoticeReader.read(new byte[0], null))
			.withMessageContaining("（未命名文件）");
	}

	static byte[] latinPdf(String text) throws IOException {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDPage page = new PDPage();
			document.addPage(page);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.beginText();
				content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
				content.newLineAtOffset(72, 700);
				content.showText(text);
				content.endText();
			}
			document.save(out);
			return out.toByteArray();
		}
	}

}
