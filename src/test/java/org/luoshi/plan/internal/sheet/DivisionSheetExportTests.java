package org.luoshi.plan.internal.sheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.luoshi.plan.PlanStructure;
import org.luoshi.plan.TaskSummary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.luoshi.plan.internal.sheet.DivisionSheetFixtures.assignment;
import static org.luoshi.plan.internal.sheet.DivisionSheetFixtures.task;

/** What the exported division sheet looks like to an office that opens it. */
class DivisionSheetExportTests {

	private static final List<String> HEADER = List.of("序号", "章", "节", "任务", "牵头单位", "责任单位", "方式", "原文行号");

	@Test
	void writesTheEightColumnsUnderABoldFrozenHeaderOnTheSheetNamed分工表() throws IOException {
		try (XSSFWorkbook workbook = open(DivisionSheetFixtures.exported())) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getSheetName()).isEqualTo("分工表");
			assertThat(cells(sheet.getRow(0))).isEqualTo(HEADER);
			assertThat(workbook.getFontAt(((XSSFCellStyle) sheet.getRow(0).getCell(0).getCellStyle()).getFontIndex())
				.getBold()).isTrue();
			PaneInformation pane = sheet.getPaneInformation();
			assertThat(pane.isFreezePane()).isTrue();
			assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 1);
			assertThat(sheet.getColumnWidth(3)).isGreaterThan(sheet.getColumnWidth(0) * 4);
			assertThat(sheet.getRow(1).getCell(3).getCellStyle().getWrapText()).isTrue();
			assertThat(workbook.getSheet("说明").getRow(0).getCell(1).getStringCellValue())
				.isEqualTo(DivisionSheetFixtures.PLAN_TITLE);
		}
	}

	@Test
	void writesOneRowPerTaskInRegisterOrderWithNamesAsTheNoticeWroteThem() throws IOException {
		try (XSSFWorkbook workbook = open(DivisionSheetFixtures.exported())) {
			Sheet sheet = workbook.getSheet("分工表");
			assertThat(cells(sheet.getRow(1))).containsExactly("1.0.1", "（一）约束性指标", "", "耕地保有量保持在553万公顷。", "省国土资源厅",
					"省国土资源厅", "牵头", "20");
			assertThat(cells(sheet.getRow(2))).containsExactly("1.0.2", "（一）约束性指标", "", "单位工业增加值用水量降低30％。", "",
					"省水利厅、省发展改革委、省工业信息化厅、省住房城乡建设厅等", "按职责分工负责", "22");
			assertThat(cells(sheet.getRow(3))).containsExactly("2.1.1", "（二）促进率先实现农业现代化", "1.大力提高农业综合生产能力",
					"粮食综合生产能力稳定在3000万吨以上，实施增产百亿斤商品粮能力建设工程。", "省发展改革委", "省发展改革委、省农委、省财政厅", "负责", "50");
			assertThat(sheet.getLastRowNum()).isEqualTo(9);
		}
	}

	@Test
	void marksARoleOtherThanTheModeImpliesAfterAFullWidthColon() throws IOException {
		try (XSSFWorkbook workbook = open(DivisionSheetFixtures.exported())) {
			Sheet sheet = workbook.getSheet("分工表");
			assertThat(cells(sheet.getRow(4)).subList(4, 7)).containsExactly("科技部", "科技部、发展改革委：参与、财政部：参与", "牵头");
			assertThat(cells(sheet.getRow(5)).subList(4, 8)).containsExactly("省金融办", "省金融办、省农委：配合", "牵头", "");
			assertThat(cells(sheet.getRow(8)).subList(4, 7)).containsExactly("各市（州）政府", "省农委：指导、各市（州）政府", "负责");
		}
	}

	@Test
	void keepsSectionsAndChaptersWithoutTasksAsHeadingRows() throws IOException {
		try (XSSFWorkbook workbook = open(DivisionSheetFixtures.exported())) {
			Sheet sheet = workbook.getSheet("分工表");
			assertThat(cells(sheet.getRow(6))).containsExactly("", "（二）促进率先实现农业现代化", "2.加快构建现代农业产业体系", "", "", "", "",
					"");
			assertThat(cells(sheet.getRow(7)).subList(0, 3)).containsExactly("3.1.1", "（三）统筹推进吉林特色城镇化", "１.加快推进城镇化进程");
			assertThat(cells(sheet.getRow(9))).containsExactly("", "（四）实现发展宏伟蓝图", "", "", "", "", "", "");
		}
	}

	@Test
	void writesATaskThatLooksLikeAFormulaAsAStringCell() throws IOException {
		try (XSSFWorkbook workbook = open(DivisionSheetFixtures.exported())) {
			Cell text = workbook.getSheet("分工表").getRow(5).getCell(3);
			assertThat(text.getCellType()).isEqualTo(CellType.STRING);
			assertThat(text.getStringCellValue()).isEqualTo("=1+1");
			// quote-prefixed: Excel keeps it text even once edited or saved as CSV
			assertThat(text.getCellStyle().getQuotePrefixed()).isTrue();
			for (Row row : workbook.getSheet("分工表")) {
				row.forEach(cell -> assertThat(cell.getCellType()).isEqualTo(CellType.STRING));
			}
		}
	}

	@Test
	void writesCsvInUtf8WithAByteOrderMarkAndTheSameColumns() {
		byte[] csv = DivisionSheet.csv(DivisionSheetFixtures.structure(), DivisionSheetFixtures.tasks());
		assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
		String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
		assertThat(text).startsWith("序号,章,节,任务,牵头单位,责任单位,方式,原文行号\r\n");
		assertThat(text.split("\r\n")[1]).isEqualTo("1.0.1,（一）约束性指标,,耕地保有量保持在553万公顷。,省国土资源厅,省国土资源厅,牵头,20");
	}

	@Test
	void quotesCommasQuotesAndLineBreaksInCsvAsRfc4180Says() {
		TaskSummary task = task(1, "1.0.1", 1, 0, "建设\"数字吉林\",推进政务公开\n和数据共享", "lead", false, 20,
				assignment(1, "省政府办公厅", "省政府办公厅", "lead"));
		String text = csvText(List.of(task));
		assertThat(text).contains("1.0.1,（一）约束性指标,,\"建设\"\"数字吉林\"\",推进政务公开\n和数据共享\",省政府办公厅,省政府办公厅,牵头,20\r\n");
	}

	@Test
	void defusesValuesThatASpreadsheetWouldRunAsFormulas() {
		List<TaskSummary> tasks = List.of(
				task(1, "1.0.1", 1, 0, "=HYPERLINK(\"http://evil.example\",\"点此\")", "lead", false, 20,
						assignment(1, "省政府办公厅", "省政府办公厅", "lead")),
				task(2, "1.0.2", 1, 0, "+1", "lead", false, 21, assignment(1, "省政府办公厅", "省政府办公厅", "lead")),
				task(3, "1.0.3", 1, 0, "-2", "lead", false, 22, assignment(1, "省政府办公厅", "省政府办公厅", "lead")),
				task(4, "1.0.4", 1, 0, "@SUM(A1:A2)", "lead", false, 23, assignment(1, "@省政府办公厅", "@省政府办公厅", "lead")),
				task(5, "1.0.5", 1, 0, "\t隐藏", "lead", false, 24, assignment(1, "省政府办公厅", "省政府办公厅", "lead")));
		String[] lines = csvText(tasks).split("\r\n");
		assertThat(lines[1]).contains(",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"点此\"\")\",");
		assertThat(lines[2]).contains(",'+1,");
		assertThat(lines[3]).contains(",'-2,");
		assertThat(lines[4]).contains(",'@SUM(A1:A2),'@省政府办公厅,'@省政府办公厅,");
		assertThat(lines[5]).contains(",'\t隐藏,");
		assertThat(lines[1]).startsWith("1.0.1,");
	}

	private static String csvText(List<TaskSummary> tasks) {
		PlanStructure structure = new PlanStructure(1,
				List.of(new PlanStructure.Chapter(1, "（一）", "约束性指标", 18, List.of())));
		byte[] csv = DivisionSheet.csv(structure, tasks);
		return new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
	}

	static XSSFWorkbook open(byte[] xlsx) throws IOException {
		return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
	}

	static List<String> cells(Row row) {
		List<String> cells = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			Cell cell = row.getCell(i);
			cells.add(cell == null ? "" : cell.getStringCellValue());
		}
		return cells;
	}

}
