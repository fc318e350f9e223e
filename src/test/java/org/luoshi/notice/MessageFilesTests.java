package org.luoshi.notice;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The importer's texts read from the message files without Spring: Chinese by default,
 * English on request, numbers as written and nested texts put into words.
 */
class MessageFilesTests {

	@Test
	void aRefusalReadsInChineseByDefaultAndInEnglishOnRequest() {
		NoticeFormatException refused = refusal(new byte[0], "空.txt");
		assertThat(refused.code()).isEqualTo("empty-file");
		assertThat(refused.messageCode()).isEqualTo("notice.problem.empty-file");
		assertThat(refused.arguments()).containsExactly("空.txt");
		assertThat(refused.getMessage()).isEqualTo(MessageFiles.CHINESE.text(refused.text())).contains("空文件");
		assertThat(MessageFiles.ENGLISH.text(refused.text())).isEqualTo(
				"The file \"空.txt\" is empty (0 bytes): it holds no notice; check that you chose the right file.");
	}

	@Test
	void anOffsetIsWrittenWithoutGroupingAndAFormatsNameInTheReadersLanguage() {
		byte[] png = new byte[2000];
		java.util.Arrays.fill(png, (byte) 'a');
		System.arraycopy(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' }, 0, png, 0, 8);
		java.util.Arrays.fill(png, 1500, 1510, (byte) 0);
		NoticeFormatException refused = refusal(png, "scan.txt");
		assertThat(refused.byteOffset()).hasValue(1500);
		assertThat(refused.getMessage()).contains("PNG 图片", "字节偏移 1500 ");
		assertThat(MessageFiles.ENGLISH.text(refused.text())).startsWith(
				"The file \"scan.txt\" is a PNG image, not a supported notice format: at byte offset 1500 there is a NUL")
			.doesNotContainPattern("\\p{IsHan}");
	}

	@Test
	void aFileWithoutANameIsCalledSoInTheReadersLanguage() {
		NoticeFormatException refused = refusal(new byte[0], null);
		assertThat(refused.getMessage()).contains("（未命名文件）");
		assertThat(MessageFiles.ENGLISH.text(refused.text())).contains("\"(unnamed file)\"");
	}

	@Test
	void aWarningNamesItsTextAndReadsInChineseByDefault() {
		NoticeDraft draft = NoticeFixtures.parse("""
				各村民委员会：
				　　（一）推进数字政府建设。
				　　1.建设平台。
				　　建设全镇政务数据共享平台。（省发展改革委牵头，省财政厅参与）
				　　3.完善网络。
				　　完善农村公路网络。（省交通运输厅、省财政厅负责）
				""");
		ParseWarning gap = NoticeFixtures.lineWarnings(draft).get(0);
		assertThat(gap.code()).isEqualTo(ParseWarning.NUMBERING);
		assertThat(gap.text()).isEqualTo(NoticeMessage.of("notice.warning.numbering.gap", "3.", "1."));
		assertThat(gap.message()).isEqualTo("编号「3.」接在「1.」之后，序号不连续");
		assertThat(MessageFiles.ENGLISH.text(gap.text()))
			.isEqualTo("The number 「3.」 follows 「1.」: the numbering skips.");
	}

	@Test
	void englishIsChosenByLanguageAndEverythingElseIsChinese() {
		assertThat(MessageFiles.in(Locale.UK)).isSameAs(MessageFiles.ENGLISH);
		assertThat(MessageFiles.in(Locale.SIMPLIFIED_CHINESE)).isSameAs(MessageFiles.CHINESE);
		assertThat(MessageFiles.in(Locale.GERMAN)).isSameAs(MessageFiles.CHINESE);
	}

	@Test
	void aTextWithoutArgumentsIsTakenAsWrittenAndAMissingKeyIsAnError() {
		// as Spring's message source does: no MessageFormat, so an apostrophe stays
		// single
		assertThat(MessageFiles.ENGLISH.text("plan.problem.text-blank")).isEqualTo("The task's text cannot be empty.");
		assertThatExceptionOfType(java.util.MissingResourceException.class)
			.isThrownBy(() -> MessageFiles.CHINESE.text("notice.problem.no-such-thing"));
	}

	private static NoticeFormatException refusal(byte[] bytes, String name) {
		return assertThatExceptionOfType(NoticeFormatException.class).isThrownBy(() -> NoticeReader.read(bytes, name))
			.actual();
	}

}
