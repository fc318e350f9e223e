package org.luoshi.notice;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code luoshi parse FILE}: what it prints and how it exits, for good files, bad files
 * and wrong usage.
 */
class NoticeCommandLineTests {

	@TempDir
	Path dir;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(String... args) {
		return NoticeCommandLine.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

	private Path seed() throws IOException {
		return Files.write(dir.resolve("seed.txt"), NoticeFixtures.seedBytes());
	}

	@Test
	void printsTheExtractionAsJsonInTheFixturesShape() throws IOException {
		assertThat(run("parse", seed().toString())).isZero();
		JsonNode json = JsonMapper.builder().build().readTree(out());
		assertThat(json.get("counts").get("tasks").asInt()).isEqualTo(146);
		assertThat(json.get("chapters").get(1).get("sections").get(0).get("tasks").get(0).get("lead").asString())
			.isEqualTo("省发展改革委");
		assertThat(json.get("warnings").isArray()).isTrue();
		assertThat(err()).isEmpty();
	}

	@Test
	void printsATableOnRequest() throws IOException {
		assertThat(run("parse", seed().toString(), "--format", "table")).isZero();
		assertThat(out()).contains("任务 146").contains("2.1.1").contains("省发展改革委");
	}

	@Test
	void refusesAnEmptyFileWithOneLine() throws IOException {
		Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
		assertRefusedWithOneLine(empty, "空");
	}

	@Test
	void refusesAFileWithoutAnyResponsibilityClause() throws IOException {
		Path text = Files.writeString(dir.resolve("letter.txt"), "各市（州）人民政府：\n现将有关事项通知如下。\n", StandardCharsets.UTF_8);
		assertRefusedWithOneLine(text, "责任分工");
	}

	@Test
	void refusesBinaryJunk() throws IOException {
		byte[] junk = new byte[4096];
		new Random(7).nextBytes(junk);
		assertRefusedWithOneLine(Files.write(dir.resolve("junk.txt"), junk), "字节");
	}

	@Test
	void refusesAFileOverTwentyMegabytes() throws IOException {
		Path big = dir.resolve("big.txt");
		try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
			file.setLength(NoticeReader.MAX_BYTES + 1);
		}
		assertRefusedWithOneLine(big, "20 MB");
	}

	@Test
	void refusesAMissingFile() {
		assertRefusedWithOneLine(dir.resolve("missing.txt"), "missing.txt");
	}

	@Test
	void refusesWrongUsage() throws IOException {
		assertThat(run("parse")).isEqualTo(NoticeCommandLine.REFUSED);
		assertThat(err()).contains("用法");
		assertThat(run("parse", seed().toString(), "--format", "xml")).isEqualTo(NoticeCommandLine.REFUSED);
		assertThat(run("parse", seed().toString(), "--verbose")).isEqualTo(NoticeCommandLine.REFUSED);
		assertThat(out()).isEmpty();
	}

	@Test
	void printsTheWarningsInChineseByDefaultAndInEnglishOnRequest() throws IOException {
		Path gap = Files.writeString(dir.resolve("gap.txt"), GAP, StandardCharsets.UTF_8);
		assertThat(run("parse", gap.toString())).isZero();
		JsonNode warning = JsonMapper.builder().build().readTree(out()).get("warnings").get(0);
		assertThat(warning.get("line").asInt()).isEqualTo(6);
		assertThat(warning.get("code").asString()).isEqualTo(ParseWarning.NUMBERING);
		assertThat(warning.get("message").asString()).isEqualTo("编号「3.」接在「1.」之后，序号不连续");

		out.reset();
		assertThat(run("parse", gap.toString(), "--lang", "en")).isZero();
		warning = JsonMapper.builder().build().readTree(out()).get("warnings").get(0);
		assertThat(warning.get("code").asString()).isEqualTo(ParseWarning.NUMBERING);
		assertThat(warning.get("message").asString()).isEqualTo("The number 「3.」 follows 「1.」: the numbering skips.");
	}

	@Test
	void printsTheTableAndItsWarningsInEnglishOnRequest() throws IOException {
		Path gap = Files.writeString(dir.resolve("gap.txt"), GAP, StandardCharsets.UTF_8);
		assertThat(run("parse", gap.toString(), "--format=table", "--lang=en")).isZero();
		assertThat(out()).contains("tasks 2", "Warnings", "line 6 [numbering] The number 「3.」 follows 「1.」")
			.doesNotContain("任务 2", "提示");
	}

	@Test
	void refusesInEnglishOnRequest() throws IOException {
		Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
		assertThat(run("parse", empty.toString(), "--lang", "en")).isEqualTo(NoticeCommandLine.REFUSED);
		assertThat(err().strip()).isEqualTo(
				"Error: The file \"empty.txt\" is empty (0 bytes): it holds no notice; check that you chose the right file.");
		err.reset();
		assertThat(run("parse", "--lang", "en")).isEqualTo(NoticeCommandLine.REFUSED);
		assertThat(err()).startsWith("Error: no file to parse. Usage:");
		err.reset();
		assertThat(run("parse", empty.toString(), "--lang", "fr")).isEqualTo(NoticeCommandLine.REFUSED);
		assertThat(err()).contains("--lang", "fr");
	}

	private static final String GAP = """
			各村民委员会，镇政府各部门：
			　　现将《某镇国民经济和社会发展第十四个五年规划纲要》重点任务分工印发给你们。
			　　（一）推进数字政府建设。
			　　1.建设平台。
			　　建设全镇政务数据共享平台。（省发展改革委牵头，省财政厅参与）
			　　3.完善网络。
			　　完善农村公路网络。（省交通运输厅、省财政厅负责）
			　　二○二一年五月八日
			""";

	private void assertRefusedWithOneLine(Path file, String why) {
		assertThat(run("parse", file.toString())).isEqualTo(NoticeCommandLine.REFUSED);
		assertThat(out()).isEmpty();
		assertThat(err().strip()).doesNotContain("\n").doesNotContain("Exception").contains(why).startsWith("错误：");
	}

}
