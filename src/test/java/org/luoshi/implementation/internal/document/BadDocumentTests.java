package org.luoshi.implementation.internal.document;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Documents refused as a whole, each with its stable code and nothing read. */
class BadDocumentTests {

	private final ImplementationDocumentReader reader = new ImplementationDocumentReader();

	private DocumentProblem refusal(byte[] content, String name) {
		return catchThrowableOfType(DocumentProblem.class, () -> this.reader.read(content, name));
	}

	@Test
	void anEmptyDocumentOrOneWithOnlyATitleHasNoItems() {
		assertThat(refusal(TestDocuments.docx(), "empty.docx").code()).isEqualTo("no-items");
		assertThat(refusal(TestDocuments.docx("某厅关于落实规划纲要的实施方案"), "title.docx").code()).isEqualTo("no-items");
		// prose under numbered headings, with no division, time or task: still nothing
		assertThat(refusal(TestDocuments.docx("某厅实施方案", "一、总体要求", "（一）提高认识。", "（二）加强领导。"), "prose.docx").code())
			.isEqualTo("no-items");
	}

	@Test
	void aWorkbookWithoutAHeaderRowHasNoItems() {
		byte[] xlsx = TestDocuments.xlsx("Sheet1", List.of(List.of("甲", "乙"), List.of("1", "2")));

		assertThat(refusal(xlsx, "a.xlsx").code()).isEqualTo("no-items");
	}

	@Test
	void aHeaderRowWithNothingUnderItHasNoItemsAndSaysWhereTheHeaderIs() {
		byte[] xlsx = TestDocuments.xlsx("Sheet1",
				List.of(List.of("某厅实施方案"), List.of("序号", "具体措施", "责任处室"), List.of("", "", "")));

		DocumentProblem problem = refusal(xlsx, "a.xlsx");

		assertThat(problem.code()).isEqualTo("no-items");
		assertThat(problem.line()).isEqualTo(2);
	}

	@Test
	void corruptBytesAreUnreadable() {
		byte[] garbage = "\u0001\u0002 this is not a document at all".getBytes(StandardCharsets.UTF_8);
		byte[] real = JilinDepartmentPlanTests.plan();
		byte[] truncated = Arrays.copyOf(real, real.length / 2);

		assertThat(refusal(garbage, "plan.docx").code()).isEqualTo("unreadable");
		assertThat(refusal(truncated, "plan.docx").code()).isEqualTo("unreadable");
		assertThat(refusal(new byte[0], "plan.docx").code()).isEqualTo("unreadable");
	}

	@Test
	void aPdfOrATextFileIsUnsupportedWhateverItsName() {
		byte[] pdf = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\n".getBytes(StandardCharsets.US_ASCII);
		byte[] text = "一、重点任务\n（一）完善办法。责任处室：综合处。完成时限：2013年底前。".getBytes(StandardCharsets.UTF_8);

		assertThat(refusal(pdf, "plan.pdf").code()).isEqualTo("unsupported-format");
		assertThat(refusal(pdf, "plan.docx").code()).isEqualTo("unsupported-format");
		assertThat(refusal(text, "plan.txt").code()).isEqualTo("unsupported-format");
	}

	@Test
	void aDocxNamedXlsxIsReadByItsContent() {
		assertThat(this.reader.read(JilinDepartmentPlanTests.plan(), "plan.xlsx").items()).hasSize(8);
	}

	@Test
	void aFileOverTheLimitIsTooLarge() {
		byte[] big = new byte[(int) DocumentFormat.MAX_BYTES + 1];
		big[0] = 'P';
		big[1] = 'K';
		big[2] = 3;
		big[3] = 4;

		DocumentProblem problem = refusal(big, "big.docx");

		assertThat(problem.code()).isEqualTo("too-large");
		assertThat(problem.line()).isNull();
	}

	@Test
	void aZipOfTooManyEntriesIsTooLargeBeforeAnythingIsUnpacked() throws java.io.IOException {
		java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
		try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
			zip.putNextEntry(new java.util.zip.ZipEntry("word/document.xml"));
			zip.closeEntry();
			for (int i = 0; i <= org.luoshi.common.ZipGuard.MAX_ENTRIES; i++) {
				zip.putNextEntry(new java.util.zip.ZipEntry("word/media/" + i + ".bin"));
				zip.closeEntry();
			}
		}

		assertThat(refusal(bytes.toByteArray(), "bomb.docx").code()).isEqualTo("too-large");
	}

}
