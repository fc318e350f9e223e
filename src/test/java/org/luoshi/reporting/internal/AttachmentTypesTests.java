package org.luoshi.reporting.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Attachments are known by their first bytes, whatever their names say. */
class AttachmentTypesTests {

	@Test
	void knowsPdfAndImagesByTheirSignatures() {
		assertThat(AttachmentTypes.of("%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII))).contains("application/pdf");
		assertThat(AttachmentTypes.of(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0 }))
			.contains("image/png");
		assertThat(AttachmentTypes.of(new byte[] { (byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0 }))
			.contains("image/jpeg");
		assertThat(AttachmentTypes.of("GIF89a....".getBytes(StandardCharsets.US_ASCII))).contains("image/gif");
	}

	@Test
	void tellsWordFromExcelByTheirPackages() throws IOException {
		ByteArrayOutputStream word = new ByteArrayOutputStream();
		try (XWPFDocument document = new XWPFDocument()) {
			document.createParagraph().createRun().setText("2011年工作总结");
			document.write(word);
		}
		ByteArrayOutputStream excel = new ByteArrayOutputStream();
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			workbook.createSheet("数据").createRow(0).createCell(0).setCellValue(553);
			workbook.write(excel);
		}
		assertThat(AttachmentTypes.of(word.toByteArray())).contains(AttachmentTypes.DOCX);
		assertThat(AttachmentTypes.of(excel.toByteArray())).contains(AttachmentTypes.XLSX);
	}

	@Test
	void refusesWhatOnlyItsNameMakesAcceptable() throws IOException {
		assertThat(AttachmentTypes.of("这不是 PDF，只是改了扩展名".getBytes(StandardCharsets.UTF_8))).isEmpty();
		assertThat(AttachmentTypes.of("MZ\u0090\u0000 an executable".getBytes(StandardCharsets.ISO_8859_1))).isEmpty();
		assertThat(AttachmentTypes.of(new byte[0])).isEmpty();
		ByteArrayOutputStream zip = new ByteArrayOutputStream();
		try (ZipOutputStream out = new ZipOutputStream(zip)) {
			out.putNextEntry(new ZipEntry("payload.exe"));
			out.write(new byte[] { 1, 2, 3 });
			out.closeEntry();
		}
		assertThat(AttachmentTypes.of(zip.toByteArray())).isEmpty();
		byte[] truncated = java.util.Arrays.copyOf(zip.toByteArray(), 20);
		assertThat(AttachmentTypes.of(truncated)).isEmpty();
	}

}
