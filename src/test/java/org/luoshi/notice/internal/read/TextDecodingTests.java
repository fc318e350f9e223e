package org.luoshi.notice.internal.read;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.luoshi.notice.NoticeFormatException;
import org.luoshi.notice.NoticeReader;
import org.luoshi.notice.NoticeText;
import org.luoshi.notice.SourceFormat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Decoding .txt notices: byte order marks, strict UTF-8 and GB18030, BOM-less UTF-16. */
class TextDecodingTests {

	static final Charset GB18030 = Charset.forName("GB18030");

	static final String NOTICE = """
			　　二、主要目标和任务分工安排
			　　（一）约束性指标。
			　　耕地保有量保持在553万公顷。（省国土资源厅牵头）
			　　单位工业增加值用水量降低30％。（省水利厅牵头）
			　　１.完善规划实施和评估机制
			""";

	static final String[] NOTICE_LINES = { "　　二、主要目标和任务分工安排", "　　（一）约束性指标。", "　　耕地保有量保持在553万公顷。（省国土资源厅牵头）",
			"　　单位工业增加值用水量降低30％。（省水利厅牵头）", "　　１.完善规划实施和评估机制" };

	@Test
	void decodesUtf8WithoutBom() throws Exception {
		NoticeText text = NoticeReader.read(NOTICE.getBytes(StandardCharsets.UTF_8), "通知.txt");
		assertThat(text.lines()).containsExactly(NOTICE_LINES);
		assertThat(text.encoding()).isEqualTo("UTF-8");
		assertThat(text.format()).isEqualTo(SourceFormat.TXT);
	}

	@Test
	void decodesUtf8WithBomAndLeavesTheBomOutOfTheFirstLine() throws Exception {
		NoticeText text = NoticeReader.read(
				concat(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, NOTICE.getBytes(StandardCharsets.UTF_8)),
				"通知.txt");
		assertThat(text.lines()).containsExactly(NOTICE_LINES);
		assertThat(text.line(1)).doesNotContain("\uFEFF").startsWith("　　二、");
		assertThat(text.encoding()).isEqualTo("UTF-8");
	}

	@Test
	void decodesGb18030WithoutBom() throws Exception {
		NoticeText text = NoticeReader.read(NOTICE.getBytes(GB18030), "通知.txt");
		assertThat(text.lines()).containsExactly(NOTICE_LINES);
		assertThat(text.encoding()).isEqualTo("GB18030");
	}

	@Test
	void decodesGbkBytesAsGb18030() throws Exception {
		NoticeText text = NoticeReader.read(NOTICE.getBytes(Charset.forName("GBK")), "通知.txt");
		assertThat(text.lines()).containsExactly(NOTICE_LINES);
		assertThat(text.encoding()).isEqualTo("GB18030");
	}

	@Test
	void decodesGb18030FourByteCharactersOutsideGbk() throws Exception {
		// 䶮 (CJK extension A) and 𠀀 (extension B) exist only in GB18030's four-byte area
		String notice = "　　龚䶮同志、𠀀同志负责。\n";
		byte[] bytes = notice.getBytes(GB18030);
		assertThat(new String(bytes, Charset.forName("GBK"))).isNotEqualTo(notice);
		NoticeText text = NoticeReader.read(bytes, "通知.txt");
		assertThat(text.lines()).containsExactly("　　龚䶮同志、𠀀同志负责。");
		assertThat(text.encoding()).isEqualTo("GB18030");
	}

	@Test
	void decodesUtf16LittleEndianWithBom() throws Exception {
		NoticeText text = NoticeReader.read(
				concat(new byte[] { (byte) 0xFF, (byte) 0xFE }, NOTICE.getBytes(StandardCharsets.UTF_16LE)), "通知.txt");
		assertThat(text.lines()).containsExactly(NOTICE_LINES);
		assertThat(text.encoding()).isEqualTo("UTF-16LE");
	}

	@Test
	void decodesUtf16BigEndianWithBom() throws Exception {
		// Java's UTF-16 encoder writes the big-endian BOM FE FF
		byte[] bytes = NOTICE.getBytes(StandardCharsets.UTF_16);
		assertThat(bytes[0]).isEqualTo((byte) 0xFE);
		NoticeText text = NoticeReader.read(bytes, "通知.txt");
		assertThat(text.lines()).containsExactly(NOTICE_LINES);
		assertThat(text.line(1)).doesNotContain("\uFEFF");
		assertThat(text.encoding()).isEqualTo("UTF-16BE");
	}

	@Test
	void detectsUtf16LittleEndianWithoutBom() throws Exception {
		NoticeText text = NoticeReader.read(NOTICE.getBytes(StandardCharsets.UTF_16LE), "通知.txt");
		assertThat(text.lines()).containsExactly(NOTICE_LINES);
		assertThat(text.encoding()).isEqualTo("UTF-16LE");
	}

	@Test
	void detectsUtf16BigEndianWithoutBom() throws Exception {
		NoticeText text = NoticeReader.read(NOTICE.getBytes(StandardCharsets.UTF_16BE), "通知.txt");
		assertThat(text.lines()).containsExactly(NOTICE_LINES);
		assertThat(text.encoding()).isEqualTo("UTF-16BE");
	}

	@Test
	void detectsUtf16WithoutBomWhenIdeographsEndInAZeroByte() throws Exception {
		// 一 is U+4E00 and 丁 U+4E01: in UTF-16LE 一 puts its zero byte at the even index
		String notice = "一一一一一一丁一一一\n一一一一。\n";
		NoticeText text = NoticeReader.read(notice.getBytes(StandardCharsets.UTF_16LE), "通知.txt");
		assertThat(text.lines()).containsExactly("一一一一一一丁一一一", "一一一一。");
		assertThat(text.encoding()).isEqualTo("UTF-16LE");
	}

	@Test
	void splitsLinesAtCrLfLfAndCr() throws Exception {
		NoticeText text = NoticeReader.read("（一）约束性指标。\r\n\r\n1.完善规划\r（1）加强领导\n".getBytes(StandardCharsets.UTF_8),
				"通知.txt");
		assertThat(text.lines()).containsExactly("（一）约束性指标。", "", "1.完善规划", "（1）加强领导");
	}

	@Test
	void invalidByteInUtf8TextIsReportedAtItsOffset() {
		byte[] good = NOTICE.getBytes(StandardCharsets.UTF_8);
		int offset = "　　二、主要目标和任务分工安排\n　　（一）约束".getBytes(StandardCharsets.UTF_8).length;
		byte[] bytes = good.clone();
		bytes[offset] = (byte) 0xFF;
		NoticeFormatException error = catchThrowableOfType(() -> NoticeReader.read(bytes, "通知.txt"),
				NoticeFormatException.class);
		assertThat(error.byteOffset()).hasValue(offset);
		assertThat(error.getMessage()).contains("通知.txt", "看来是 UTF-8", "字节偏移 " + offset + " ", "0xFF")
			.doesNotContain("GB18030")
			.doesNotContain("\n");
	}

	@Test
	void truncatedUtf8SequenceAtTheEndIsReportedWhereItStarts() {
		byte[] good = "　　耕地保有量保持在553万公顷。".getBytes(StandardCharsets.UTF_8);
		byte[] bytes = Arrays.copyOf(good, good.length - 1);
		NoticeFormatException error = catchThrowableOfType(() -> NoticeReader.read(bytes, "通知.txt"),
				NoticeFormatException.class);
		assertThat(error.byteOffset()).hasValue(good.length - 3);
		assertThat(error.getMessage()).contains("看来是 UTF-8", "字节偏移 " + (good.length - 3) + " ")
			.doesNotContain("GB18030");
	}

	@Test
	void invalidByteInGbkTextIsReportedAtItsGb18030Offset() {
		byte[] good = NOTICE.getBytes(GB18030);
		int offset = "　　二、主要目标和任务分工安排\n　　（一）".getBytes(GB18030).length;
		byte[] bytes = good.clone();
		bytes[offset] = (byte) 0xFF;
		NoticeFormatException error = catchThrowableOfType(() -> NoticeReader.read(bytes, "通知.txt"),
				NoticeFormatException.class);
		assertThat(error.byteOffset()).hasValue(offset);
		assertThat(error.getMessage()).contains("按 GB18030 解码", "字节偏移 " + offset + " ");
	}

	@Test
	void utf8TextWithOneBadByteIsNotMisreadAsGb18030() {
		// the UTF-8 bytes of 耕地保有量 happen to be valid GB18030: a bad byte after them must
		// give an error, not GB18030 nonsense
		byte[] good = "　　耕地保有量保持在553万公顷".getBytes(StandardCharsets.UTF_8);
		byte[] bytes = concat(good, new byte[] { (byte) 0x80, 'A' });
		NoticeFormatException error = catchThrowableOfType(() -> NoticeReader.read(bytes, "通知.txt"),
				NoticeFormatException.class);
		assertThat(error.byteOffset()).hasValue(good.length);
		assertThat(error.getMessage()).contains("看来是 UTF-8").doesNotContain("GB18030");
	}

	@Test
	void gbkTextWhoseFirstCharactersAreAlsoValidUtf8IsReadAsGb18030() {
		// the GBK bytes of 全省实施目 are, by chance, five well-formed UTF-8 sequences
		String notice = "全省实施目标责任考核，森林覆盖率达到43％。（省林业厅牵头）\n";
		byte[] bytes = notice.getBytes(Charset.forName("GBK"));
		assertThat(new String(bytes, 0, 10, StandardCharsets.UTF_8)).hasSize(5).doesNotContain("\uFFFD");
		assertThat(readQuietly(bytes).lines()).containsExactly("全省实施目标责任考核，森林覆盖率达到43％。（省林业厅牵头）");
		assertThat(readQuietly(bytes).encoding()).isEqualTo("GB18030");
	}

	@Test
	void utf8TextDamagedAtItsFirstByteIsReportedAsUtf8() {
		byte[] bytes = NOTICE.getBytes(StandardCharsets.UTF_8);
		bytes[0] = (byte) 0xFF;
		NoticeFormatException error = catchThrowableOfType(() -> NoticeReader.read(bytes, "通知.txt"),
				NoticeFormatException.class);
		assertThat(error.byteOffset()).hasValue(0);
		assertThat(error.getMessage()).contains("看来是 UTF-8", "字节偏移 0 ").doesNotContain("GB18030");
	}

	@Test
	void utf16WithBomAndAnOddNumberOfBytesIsReportedAtTheLoneByte() {
		byte[] good = concat(new byte[] { (byte) 0xFF, (byte) 0xFE }, "（一）约束性指标。".getBytes(StandardCharsets.UTF_16LE));
		byte[] bytes = concat(good, new byte[] { 0x41 });
		NoticeFormatException error = catchThrowableOfType(() -> NoticeReader.read(bytes, "通知.txt"),
				NoticeFormatException.class);
		assertThat(error.byteOffset()).hasValue(good.length);
		assertThat(error.getMessage()).contains("UTF-16LE");
	}

	@Test
	void decodedTextNeverContainsReplacementCharacters() {
		Random random = new Random(20111227);
		byte[][] sources = { NOTICE.getBytes(StandardCharsets.UTF_8), NOTICE.getBytes(GB18030),
				NOTICE.getBytes(StandardCharsets.UTF_16LE), NOTICE.getBytes(StandardCharsets.UTF_16) };
		int decoded = 0;
		int refused = 0;
		for (int run = 0; run < 2000; run++) {
			byte[] bytes = sources[run % sources.length].clone();
			for (int flips = 1 + random.nextInt(3); flips > 0; flips--) {
				bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
			}
			try {
				NoticeText text = NoticeReader.read(bytes, "通知.txt");
				assertThat(String.join("\n", text.lines())).doesNotContain("\uFFFD");
				decoded++;
			}
			catch (NoticeFormatException ex) {
				assertThat(ex.getMessage()).contains("通知.txt").doesNotContain("\n").doesNotContain("Exception");
				refused++;
			}
		}
		assertThat(decoded).isPositive();
		assertThat(refused).isPositive();
	}

	@Test
	void emptyFileIsRefused() {
		assertThatExceptionOfType(NoticeFormatException.class).isThrownBy(() -> NoticeReader.read(new byte[0], "空.txt"))
			.withMessageContaining("空.txt")
			.withMessageContaining("空文件");
	}

	@Test
	void whiteSpaceOnlyFileIsRefused() {
		byte[] bytes = " \t　　\r\n\r\n　 \n".getBytes(StandardCharsets.UTF_8);
		assertThatExceptionOfType(NoticeFormatException.class).isThrownBy(() -> NoticeReader.read(bytes, "空白.txt"))
			.withMessageContaining("空白.txt")
			.withMessageContaining("空白字符");
	}

	@Test
	void byteOrderMarkAloneIsRefusedAsBlank() {
		byte[] bytes = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '\r', '\n' };
		assertThatExceptionOfType(NoticeFormatException.class).isThrownBy(() -> NoticeReader.read(bytes, "空白.txt"))
			.withMessageContaining("空白字符");
	}

	@Test
	void nulByteInUtf8TextIsRefusedWithItsOffset() {
		byte[] good = NOTICE.getBytes(StandardCharsets.UTF_8);
		byte[] bytes = good.clone();
		bytes[40] = 0;
		NoticeFormatException error = catchThrowableOfType(() -> NoticeReader.read(bytes, "通知.txt"),
				NoticeFormatException.class);
		assertThat(error.byteOffset()).hasValue(40);
		assertThat(error.getMessage()).contains("字节偏移 40 ", "NUL");
	}

	@Test
	void nulCharacterInUtf16TextWithoutBomIsRefusedAtItsOwnOffset() {
		String notice = "　　耕地保有量保持在553万公顷。\n　　（一）约束性指标。\u0000\n";
		byte[] bytes = notice.getBytes(StandardCharsets.UTF_16LE);
		int offset = 2 * notice.indexOf('\u0000');
		NoticeFormatException error = catchThrowableOfType(() -> NoticeReader.read(bytes, "通知.txt"),
				NoticeFormatException.class);
		assertThat(error.byteOffset()).hasValue(offset);
		assertThat(error.getMessage()).contains("字节偏移 " + offset + " ", "NUL");
	}

	@Test
	void randomBytesFromAFixedSeedAreRefusedAtTheFirstNul() {
		byte[] bytes = new byte[4096];
		new Random(42).nextBytes(bytes);
		int firstNul = 0;
		while (bytes[firstNul] != 0) {
			firstNul++;
		}
		NoticeFormatException error = catchThrowableOfType(() -> NoticeReader.read(bytes, "随机.bin"),
				NoticeFormatException.class);
		assertThat(error.byteOffset()).hasValue(firstNul);
		assertThat(error.getMessage()).contains("随机.bin", "不是可识别的格式", "字节偏移 " + firstNul + " ");
	}

	@Test
	void pngImageIsRefusedAsAnImage() {
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R', 0, 0, 1,
				0 };
		NoticeFormatException error = catchThrowableOfType(() -> NoticeReader.read(png, "通知.txt"),
				NoticeFormatException.class);
		assertThat(error.byteOffset()).hasValue(8);
		assertThat(error.getMessage()).contains("PNG 图片", "字节偏移 8 ");
	}

	@Test
	void manyControlCharactersAreRefusedAtTheFirstOne() {
		byte[] bytes = new byte[200];
		for (int i = 0; i < bytes.length; i++) {
			bytes[i] = (byte) ((i % 10 == 7) ? 0x02 : 'a');
		}
		NoticeFormatException error = catchThrowableOfType(() -> NoticeReader.read(bytes, "数据.dat"),
				NoticeFormatException.class);
		assertThat(error.byteOffset()).hasValue(7);
		assertThat(error.getMessage()).contains("控制字符", "字节偏移 7 ");
	}

	@Test
	void aStrayControlCharacterIsTolerated() throws Exception {
		byte[] bytes = concat(NOTICE.getBytes(StandardCharsets.UTF_8), new byte[] { 0x1A });
		NoticeText text = NoticeReader.read(bytes, "通知.txt");
		assertThat(text.lines()).startsWith(NOTICE_LINES);
	}

	@Test
	void rtfDocumentIsRefused() {
		byte[] bytes = "{\\rtf1\\ansi\\ansicpg936 \\f0 \\'b8\\'fb\\'b5\\'d8}".getBytes(StandardCharsets.US_ASCII);
		assertThatExceptionOfType(NoticeFormatException.class).isThrownBy(() -> NoticeReader.read(bytes, "通知.rtf"))
			.withMessageContaining("RTF")
			.withMessageContaining(".docx");
	}

	@Test
	void decodesFiveMegabytesInWellUnderASecond() throws Exception {
		int copies = 5 * 1024 * 1024 / NOTICE.getBytes(StandardCharsets.UTF_8).length + 1;
		String notice = NOTICE.repeat(copies);
		byte[] utf8 = notice.getBytes(StandardCharsets.UTF_8);
		byte[] gb = notice.getBytes(GB18030);
		assertThat(utf8.length).isGreaterThan(5 * 1024 * 1024);
		NoticeReader.read(utf8, "热身.txt");
		// the best of three: linear decoding is what is checked, not another test's
		// collection pause
		long millis = Long.MAX_VALUE;
		for (int run = 0; run < 3; run++) {
			long start = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadUserTime();
			NoticeText fromUtf8 = NoticeReader.read(utf8, "通知.txt");
			NoticeText fromGb = NoticeReader.read(gb, "通知.txt");
			millis = Math.min(millis,
					(java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadUserTime() - start)
							/ 1_000_000);
			assertThat(fromUtf8.lines()).hasSameSizeAs(fromGb.lines()).hasSizeGreaterThan(5 * NOTICE_LINES.length);
		}
		assertThat(millis).as("milliseconds for 5 MB of UTF-8 and of GB18030").isLessThan(1000);
	}

	static NoticeText readQuietly(byte[] bytes) {
		try {
			return NoticeReader.read(bytes, "通知.txt");
		}
		catch (NoticeFormatException ex) {
			throw new AssertionError(ex.getMessage(), ex);
		}
	}

	static byte[] concat(byte[] first, byte[] second) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(first);
		out.writeBytes(second);
		return out.toByteArray();
	}

}
