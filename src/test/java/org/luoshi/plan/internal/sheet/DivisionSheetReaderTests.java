package org.luoshi.plan.internal.sheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.luoshi.notice.NoticeDraft;
import org.luoshi.notice.ResponsibilityMode;
import org.luoshi.notice.ResponsibilityRole;
import org.luoshi.notice.ResponsibleOrganisation;
import org.luoshi.notice.TaskDraft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.luoshi.plan.internal.sheet.DivisionSheetFixtures.edited;
import static org.luoshi.plan.internal.sheet.DivisionSheetFixtures.exported;
import static org.luoshi.plan.internal.sheet.DivisionSheetFixtures.set;

/**
 * Reading a division sheet an office edited: its changes come through, and a malformed
 * sheet is refused with every problem at its row and column.
 */
class DivisionSheetReaderTests {

	@Test
	void readsAnOfficesEditsANewTaskANewLeadAndAnOpenList() {
		byte[] xlsx = edited(exported(),
				set(2, 'D', "耕地保有量保持在560万公顷。").andThen(set(4, 'E', "省农委"))
					.andThen(set(3, 'F', "省水利厅、省发展改革委"))
					.andThen(sheet -> sheet.shiftRows(6, sheet.getLastRowNum(), 1))
					.andThen(set(7, 'A', "2.1.4"))
					.andThen(set(7, 'B', "（二）促进率先实现农业现代化"))
					.andThen(set(7, 'C', "1.大力提高农业综合生产能力"))
					.andThen(set(7, 'D', "推进数字乡村建设，发展农村电子商务。"))
					.andThen(set(7, 'F', "省商务厅、省农委、省邮政管理局：配合等"))
					.andThen(set(7, 'G', "负责")));
		NoticeDraft draft = DivisionSheetReader.read(xlsx, "分工表（修改）.xlsx").draft();
		List<TaskDraft> tasks = draft.tasks().toList();
		assertThat(tasks.get(0).text()).isEqualTo("耕地保有量保持在560万公顷。");
		assertThat(tasks.get(1).openEnded()).isFalse();
		assertThat(tasks.get(2).lead()).isEqualTo("省农委");
		assertThat(tasks.get(2).responsible()).extracting(ResponsibleOrganisation::name, ResponsibleOrganisation::role)
			.containsExactly(tuple("省发展改革委", ResponsibilityRole.RESPONSIBLE), tuple("省农委", ResponsibilityRole.LEAD),
					tuple("省财政厅", ResponsibilityRole.RESPONSIBLE));
		TaskDraft added = tasks.get(5);
		assertThat(added.id()).isEqualTo("2.1.4");
		assertThat(added.mode()).isEqualTo(ResponsibilityMode.RESPONSIBLE);
		assertThat(added.lead()).isNull();
		assertThat(added.openEnded()).isTrue();
		assertThat(added.line()).isZero();
		assertThat(added.responsibilityClause()).isEqualTo("（省商务厅、省农委负责，省邮政管理局等部门配合）");
		assertThat(draft.chapters().get(1).sections().get(0).tasks()).extracting(TaskDraft::id)
			.containsExactly("2.1.1", "2.1.2", "2.1.3", "2.1.4");
	}

	@Test
	void findsColumnsAnOfficeMovedAndIgnoresColumnsItAdded() {
		byte[] xlsx = edited(exported(), sheet -> {
			for (Row row : sheet) {
				String code = row.getCell(0).getStringCellValue();
				String line = row.getCell(7).getStringCellValue();
				row.createCell(0).setCellValue(line);
				row.createCell(7).setCellValue(code);
				row.createCell(8).setCellValue(row.getRowNum() == 0 ? "备注" : "已核对");
			}
		});
		NoticeDraft draft = DivisionSheetReader.read(xlsx, "分工表.xlsx").draft();
		assertThat(draft.tasks().map(TaskDraft::id)).containsExactly("1.0.1", "1.0.2", "2.1.1", "2.1.2", "2.1.3",
				"3.1.1", "3.1.2");
		assertThat(draft.tasks().findFirst().orElseThrow().line()).isEqualTo(20);
		assertThat(errors(edited(xlsx, set(2, 'H', "一.0.1")))).singleElement()
			.asString()
			.startsWith("第 2 行 H（序号）：序号“一.0.1”不是“章.节.序”的形式");
	}

	@Test
	void refusesARenamedOrMissingHeaderAtItsColumn() {
		byte[] xlsx = edited(exported(), set(1, 'C', "小节").andThen(set(1, 'F', "")));
		assertThat(errors(xlsx)).containsExactly("第 1 行 C（节）：缺少“节”列：第 1 行 C 列的列名是“小节”，应为“节”；请勿修改、删除表头中的列名",
				"第 1 行 F（责任单位）：缺少“责任单位”列：第 1 行 F 列的列名为空，应为“责任单位”；请勿修改、删除表头中的列名");
	}

	@Test
	void refusesAWorkbookThatIsNotADivisionSheetAtAll() {
		byte[] xlsx = edited(exported(), sheet -> {
			for (int i = 0; i < 8; i++) {
				sheet.getRow(0).createCell(i).setCellValue("指标" + i);
			}
		});
		assertThat(errors(xlsx))
			.containsExactly("第 1 行：这一行不是分工表的表头；第 1 行应依次为 序号、章、节、任务、牵头单位、责任单位、方式、原文行号；请上传从本系统导出、修改后保存的分工表");
	}

	@Test
	void refusesEmptyTaskTextAtItsRowAndColumn() {
		assertThat(errors(edited(exported(), set(3, 'D', "  ")))).containsExactly("第 3 行 D（任务）：任务内容为空；要删除任务请删除整行");
	}

	@Test
	void refusesAModeThatIsNotOneOfTheThree() {
		assertThat(errors(edited(exported(), set(2, 'G', "主办"))))
			.containsExactly("第 2 行 G（方式）：方式“主办”无法识别；应为 牵头、负责、按职责分工负责 之一");
	}

	@Test
	void refusesALeadThatIsNotAmongTheResponsibleOrganisations() {
		assertThat(errors(edited(exported(), set(4, 'E', "省财政局"))))
			.containsExactly("第 4 行 E（牵头单位）：牵头单位“省财政局”不在责任单位中；牵头单位必须是责任单位之一，或留空");
	}

	@Test
	void refusesACodeThatIsNotChapterSectionNumber() {
		assertThat(errors(edited(exported(), set(2, 'A', "1.1"))))
			.containsExactly("第 2 行 A（序号）：序号“1.1”不是“章.节.序”的形式；应如 2.1.1，直属于章的任务节号为 0");
	}

	@Test
	void refusesARepeatedCode() {
		assertThat(errors(edited(exported(), set(3, 'A', "1.0.1"))))
			.containsExactly("第 3 行 A（序号）：序号“1.0.1”与第 2 行重复；每个任务的序号必须不同");
	}

	@Test
	void refusesACodeThatDoesNotMatchItsChapterAndSection() {
		assertThat(errors(edited(exported(), set(4, 'A', "2.2.1"))))
			.containsExactly("第 4 行 A（序号）：序号“2.2.1”与所在章节不符：本行在第 2 章第 1 节，序号应以“2.1.”开头");
	}

	@Test
	void refusesAnUnknownRoleWordAfterTheColon() {
		assertThat(errors(edited(exported(), set(5, 'F', "科技部、发展改革委：主办、财政部：参与"))))
			.containsExactly("第 5 行 F（责任单位）：“发展改革委”的职责“主办”无法识别；冒号后应为 牵头、负责、按职责分工负责、参与、配合、指导 之一");
	}

	@Test
	void refusesARowWithoutItsChapter() {
		assertThat(errors(edited(exported(), set(4, 'B', ""))))
			.containsExactly("第 4 行 B（章）：章为空；每行都要写明所属的章，如“（二）促进率先实现农业现代化”");
	}

	@Test
	void refusesAChapterWhoseRowsAreSplitApart() {
		byte[] xlsx = edited(exported(),
				set(8, 'B', "（一）约束性指标").andThen(set(8, 'C', "")).andThen(set(8, 'A', "1.0.3")));
		assertThat(errors(xlsx)).containsExactly("第 8 行 B（章）：“（一）约束性指标”的行被别的章隔开了（该章从第 2 行开始）；同一章的行应连在一起");
	}

	@Test
	void refusesATaskDirectlyUnderAChapterAfterItsSections() {
		byte[] xlsx = edited(exported(), set(6, 'C', "").andThen(set(6, 'A', "2.0.1")));
		assertThat(errors(xlsx)).containsExactly("第 6 行 C（节）：节为空，表示任务直属于“（二）促进率先实现农业现代化”；这样的任务应排在该章各节之前，否则请填写所属的节");
	}

	@Test
	void listsEveryProblemOfTheSheetAtOnceFromTopToBottom() {
		byte[] xlsx = edited(exported(),
				set(9, 'G', "协办").andThen(set(2, 'D', ""))
					.andThen(set(2, 'F', ""))
					.andThen(set(5, 'F', "科技部、发展改革委：主办"))
					.andThen(set(3, 'A', "x")));
		DivisionSheetErrors refused = refusal(xlsx);
		assertThat(refused.errors()).extracting(SheetError::row, SheetError::column)
			.containsExactly(tuple(2, "D（任务）"), tuple(2, "F（责任单位）"), tuple(2, "E（牵头单位）"), tuple(3, "A（序号）"),
					tuple(5, "F（责任单位）"), tuple(9, "G（方式）"));
		assertThat(refused.getMessage()).startsWith("分工表有 6 处问题：\n第 2 行 D（任务）：")
			.doesNotContain("Exception")
			.doesNotContain("\tat ");
	}

	@Test
	void refusesAFileThatIsNotAnXlsxAndSaysWhatItIs() throws IOException {
		assertThat(errors("二、分工安排\n（一）约束性指标".getBytes(StandardCharsets.UTF_8)))
			.containsExactly("文件“分工表.xlsx”不是 Excel 工作簿（.xlsx）；请上传从本系统导出、修改后保存的分工表 .xlsx 文件");
		assertThat(errors(DivisionSheet.csv(DivisionSheetFixtures.structure(), DivisionSheetFixtures.tasks())))
			.singleElement()
			.asString()
			.contains("是 CSV 文本，不是 Excel 工作簿（.xlsx）");
		assertThat(errors(new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
				(byte) 0xE1, 0, 0 }))
			.singleElement()
			.asString()
			.contains("旧版 Excel（.xls）");
		assertThat(errors(docx())).singleElement().asString().contains("是 Word 文档（.docx），不是 Excel 工作簿（.xlsx）");
		assertThat(errors(zip("readme.txt", "你好".getBytes(StandardCharsets.UTF_8)))).singleElement()
			.asString()
			.contains("是 zip 压缩包，不是 Excel 工作簿（.xlsx）");
		assertThat(errors(new byte[0])).singleElement().asString().contains("是空文件");
		assertThat(DivisionSheetReader.isSpreadsheet(exported())).isTrue();
		assertThat(DivisionSheetReader.isSpreadsheet(docx())).isFalse();
		assertThat(DivisionSheetReader.isSpreadsheet("序号,章".getBytes(StandardCharsets.UTF_8))).isFalse();
	}

	@Test
	void refusesAFileOver20Megabytes() {
		byte[] big = new byte[20 * 1024 * 1024 + 1];
		big[0] = 'P';
		big[1] = 'K';
		big[2] = 3;
		big[3] = 4;
		assertThat(errors(big)).singleElement().asString().contains("超过了分工表 20 MB 的上限");
	}

	@Test
	void refusesAZipBombBeforeUnpackingIt() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
			byte[] zeros = new byte[1024 * 1024];
			for (int i = 0; i < 250; i++) {
				zip.write(zeros);
			}
			zip.closeEntry();
		}
		assertThat(out.size()).isLessThan(2 * 1024 * 1024);
		assertThat(errors(out.toByteArray())).singleElement().asString().contains("解压后超过 200 MB");
	}

	@Test
	void refusesASheetOfMoreThan100000Rows() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
			Sheet sheet = workbook.createSheet("分工表");
			List<String> header = DivisionRow.HEADER.cells();
			for (int r = 0; r <= 100_000; r++) {
				Row row = sheet.createRow(r);
				row.createCell(0).setCellValue(r == 0 ? header.get(0) : "1.0." + r);
			}
			workbook.write(out);
		}
		assertThat(errors(out.toByteArray())).containsExactly("文件“分工表.xlsx”的分工表超过 100000 行的上限；请拆分后再导入");
	}

	private static List<String> errors(byte[] xlsx) {
		return refusal(xlsx).errors().stream().map(SheetError::describe).toList();
	}

	private static DivisionSheetErrors refusal(byte[] xlsx) {
		return assertThatExceptionOfType(DivisionSheetErrors.class)
			.isThrownBy(() -> DivisionSheetReader.read(xlsx, "分工表.xlsx"))
			.actual();
	}

	private static byte[] docx() throws IOException {
		try (XWPFDocument document = new XWPFDocument()) {
			document.createParagraph().createRun().setText("（一）约束性指标");
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.write(out);
			return out.toByteArray();
		}
	}

	private static byte[] zip(String name, byte[] content) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry(name));
			zip.write(content);
			zip.closeEntry();
		}
		return out.toByteArray();
	}

}
