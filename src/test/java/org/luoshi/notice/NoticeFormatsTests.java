package org.luoshi.notice;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The same notice in every format the offices send — GB18030 and UTF-16 text, Word, PDF —
 * reads to the same tasks as the UTF-8 original, from bytes to draft.
 */
class NoticeFormatsTests {

	private static final List<String> REFERENCE = summary(NoticeFixtures.parseSeed());

	@Test
	void seedInGb18030ReadsToTheSameTasks() throws Exception {
		assertSameTasks(NoticeFixtures.seedText().getBytes(Charset.forName("GB18030")), "seed-gbk.txt");
	}

	@Test
	void seedInUtf16WithByteOrderMarkReadsToTheSameTasks() throws Exception {
		ByteBuffer encoded = StandardCharsets.UTF_16LE.encode(NoticeFixtures.seedText());
		byte[] bytes = new byte[encoded.remaining() + 2];
		bytes[0] = (byte) 0xFF;
		bytes[1] = (byte) 0xFE;
		encoded.get(bytes, 2, bytes.length - 2);
		assertSameTasks(bytes, "seed-utf16.txt");
	}

	@Test
	void seedAsWordDocumentReadsToTheSameTasks() throws Exception {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			for (String line : NoticeFixtures.seedText().split("\n")) {
				if (!line.isBlank()) {
					document.createParagraph().createRun().setText(line);
				}
			}
			document.write(out);
			assertSameTasks(out.toByteArray(), "seed.docx");
		}
	}

	@Test
	void pdfWithATextLayerReadsToItsTasks() throws Exception {
		NoticeDraft draft = NoticeParser
			.parse(NoticeReader.read(NoticeFixtures.resource("/notices/two-page-division-notice.pdf"), "分工通知.pdf"));
		assertThat(draft.tasks()).extracting(TaskDraft::id, TaskDraft::lead, TaskDraft::responsibleNames)
			.containsExactly(tuple("1.0.1", "省国土资源厅", List.of("省国土资源厅")), tuple("1.0.2", "省水利厅", List.of("省水利厅")),
					tuple("1.1.1", null, List.of("省发展改革委", "省监察厅", "省统计局")));
		assertThat(draft.bindingIndicators()).extracting(IndicatorDraft::name).containsExactly("耕地保有量", "单位工业增加值用水量");
	}

	private static void assertSameTasks(byte[] bytes, String name) throws NoticeFormatException {
		assertThat(summary(NoticeParser.parse(NoticeReader.read(bytes, name)))).containsExactlyElementsOf(REFERENCE);
	}

	/**
	 * What must not change with the format: everything but line numbers, which differ in
	 * a Word document.
	 */
	private static List<String> summary(NoticeDraft draft) {
		return draft.tasks()
			.map(t -> String.join("|", t.id(), NoticeFixtures.compared(t.text()), String.valueOf(t.lead()),
					t.mode().code(), String.join("、", t.responsibleNames()), String.valueOf(t.openEnded())))
			.toList();
	}

}
