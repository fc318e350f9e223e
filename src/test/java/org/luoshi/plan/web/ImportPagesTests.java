package org.luoshi.plan.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.luoshi.organisation.OrganisationDirectory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesRegex;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.stringContainsInOrder;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The office's import through the pages, on the demo directory with an empty register:
 * upload, check the draft, map a name the directory does not know, confirm or discard; a
 * file that cannot be read is refused on the upload page with its name and why.
 */
@RegisterEditingTest
class ImportPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	RegisterEditing editing;

	@Autowired
	OrganisationDirectory directory;

	@Test
	void theUploadPageShowsAWaitingNoteForTheUpload() throws Exception {
		this.mvc.perform(this.editing.asOffice(get("/imports/new")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("enctype=\"multipart/form-data\""),
					containsString("正在上传并读取"), containsString("name=\"_csrf\""),
					// the limit the server enforces (luoshi.upload.max-size), stated once
					containsString("最大 20MB"))));
	}

	@Test
	void anUnreadableFileIsRefusedOnTheUploadPageWithItsNameAndWhy() throws Exception {
		this.mvc.perform(this.editing.asOffice(multipart("/imports").file(PlanPageFixtures.file("hello.txt", "你好"))))
			.andExpect(status().isUnprocessableContent())
			.andExpect(view().name("plan/import-new"))
			.andExpect(content().string(allOf(containsString("文件“hello.txt”无法导入"), containsString("没有找到任何责任分工"))));
		this.mvc.perform(this.editing.asOffice(multipart("/imports")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("没有选择文件，或文件是空的。")));
	}

	@Test
	void aMalformedSpreadsheetIsRefusedWithEveryRowAndColumn() throws Exception {
		long plan = this.editing.countyPlanId();
		byte[] xlsx = this.mvc.perform(this.editing.asOffice(get("/plans/{id}/division.xlsx", plan)))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx));
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Row row = book.getSheet("分工表").getRow(2);
			row.removeCell(row.getCell(6));
			row.createCell(6).setCellValue("主办");
			book.write(out);
			xlsx = out.toByteArray();
		}
		this.mvc
			.perform(this.editing.asOffice(multipart("/imports")
				.file(new MockMultipartFile("file", "分工表.xlsx", "application/octet-stream", xlsx))
				.param("plan", String.valueOf(plan))))
			.andExpect(status().isUnprocessableContent())
			.andExpect(
					content().string(stringContainsInOrder("文件“分工表.xlsx”无法导入", "<td class=\"num\">3</td>", "<td>G")));
	}

	@Test
	void aMalformedSpreadsheetIsRefusedInTheReadersLanguage() throws Exception {
		long plan = this.editing.countyPlanId();
		byte[] xlsx = this.mvc.perform(this.editing.asOffice(get("/plans/{id}/division.xlsx", plan)))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx));
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Row row = book.getSheet("分工表").getRow(2);
			row.removeCell(row.getCell(6));
			row.createCell(6).setCellValue("主办");
			book.write(out);
			xlsx = out.toByteArray();
		}
		this.mvc
			.perform(this.editing.asOffice(multipart("/imports")
				.file(new MockMultipartFile("file", "分工表.xlsx", "application/octet-stream", xlsx))
				.param("plan", String.valueOf(plan))
				.param("lang", "en")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(stringContainsInOrder("The file &quot;分工表.xlsx&quot; cannot be imported",
					"<td class=\"num\">3</td>", "<td>G（方式）</td>",
					"<td>The mode &quot;主办&quot; is not recognised; it is one of 牵头、负责、按职责分工负责.</td>")))
			.andExpect(content().string(not(containsString("无法识别"))));
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			book.createSheet("分工表").createRow(1).createCell(0).setCellValue("1.0.1");
			book.write(out);
			xlsx = out.toByteArray();
		}
		this.mvc
			.perform(this.editing.asOffice(multipart("/imports")
				.file(new MockMultipartFile("file", "无表头.xlsx", "application/octet-stream", xlsx))
				.param("plan", String.valueOf(plan))
				.param("lang", "en")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(stringContainsInOrder("<td class=\"num\">whole file</td>",
					"Row 1 of the worksheet &quot;分工表&quot; holds no header; row 1 names the columns 序号、章、节")));
	}

	@Test
	void aNameTheDirectoryDoesNotKnowIsMappedBeforeTheNoticeIsConfirmed() throws Exception {
		String draft = this.mvc
			.perform(this.editing.asOffice(multipart("/imports").file(PlanPageFixtures.cityNoticeWithAnUnknownName())))
			.andExpect(redirectedUrlPattern("/imports/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		this.mvc.perform(this.editing.asOffice(get(draft)))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(stringContainsInOrder("某市国民经济和社会发展第十四个五年规划纲要", "新规划", "class=\"confirm\" disabled=\"disabled\"",
						"还有 1 个单位名称没有对应", "单位名录中找不到的名称（1 个）", "省大数据中心", "/organisations?name=", "推进数字政府建设", "省大数据中心")));

		this.mvc.perform(this.editing.asOffice(post(draft + "/confirm")))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("以下责任单位在单位名录中找不到，请先对应到已有单位或新建：省大数据中心")));
		this.mvc.perform(this.editing.asOffice(post(draft + "/mappings")).param("writtenName", "省大数据中心"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("请为“省大数据中心”选择一个单位。")));

		long statistics = this.directory.resolve("省统计局").orElseThrow().id();
		this.mvc
			.perform(this.editing.asOffice(post(draft + "/mappings"))
				.param("writtenName", "省大数据中心")
				.param("organisationId", String.valueOf(statistics)))
			.andExpect(redirectedUrl(draft));
		this.mvc.perform(this.editing.asOffice(get(draft)))
			.andExpect(content().string(allOf(containsString("省大数据中心 → 省统计局"),
					matchesRegex("(?s).*<button type=\"submit\" class=\"confirm\">确认导入</button>.*"))));
		this.mvc.perform(this.editing.asOffice(post(draft + "/confirm")))
			.andExpect(redirectedUrlPattern("/plans/*"))
			.andExpect(flash().attribute("done", "已导入，共 1 项任务。"));
	}

	@Test
	void theDraftShowsEachTasksTimeLimit() throws Exception {
		String draft = this.mvc
			.perform(this.editing.asOffice(multipart("/imports").file(PlanPageFixtures.file("yearly.txt", """
					某县人民政府关于落实《政府工作报告》重点工作分工的通知
					　　一、稳定经济增长
					　　1.地区生产总值增长6%左右。（省发展改革委牵头，省财政厅按职责分工负责，2021年底前完成）
					　　2.强化财政保障。（省财政厅负责）
					　　二○二一年三月一日
					"""))))
			.andExpect(redirectedUrlPattern("/imports/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		this.mvc.perform(this.editing.asOffice(get(draft)))
			.andExpect(content().string(stringContainsInOrder("地区生产总值增长6%左右。", "完成时限：2021年底前完成", "强化财政保障。")));
		this.mvc.perform(this.editing.asOffice(post(draft + "/discard"))).andExpect(redirectedUrl("/imports/new"));
	}

	@Test
	void theImportersWarningsAreListedWithTheirLineNumbers() throws Exception {
		String draft = this.mvc
			.perform(this.editing.asOffice(multipart("/imports").file(PlanPageFixtures.noticeWithAGapInItsNumbering())))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		this.mvc.perform(this.editing.asOffice(get(draft)))
			.andExpect(content().string(
					stringContainsInOrder("需要核对的地方（1）", "<td class=\"num\">6</td>", "编号不连续", "编号「3.」接在「1.」之后，序号不连续")));
		this.mvc.perform(this.editing.asOffice(get(draft).param("lang", "en")))
			.andExpect(
					content().string(stringContainsInOrder("<td class=\"num\">6</td>", "Numbering out of sequence")));
		this.mvc.perform(this.editing.asOffice(post(draft + "/discard"))).andExpect(redirectedUrl("/imports/new"));
	}

	@Test
	void theImportersWarningsSpeakTheReadersLanguage() throws Exception {
		String draft = this.mvc
			.perform(this.editing.asOffice(multipart("/imports").file(PlanPageFixtures.noticeWithAGapInItsNumbering())))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		this.mvc.perform(this.editing.asOffice(get(draft).param("lang", "en")))
			.andExpect(content().string(stringContainsInOrder("To check (1)", "<td class=\"num\">6</td>",
					"Numbering out of sequence", "The number 「3.」 follows 「1.」: the numbering skips.")))
			.andExpect(content().string(not(containsString("序号不连续"))));
		this.mvc.perform(this.editing.asOffice(post(draft + "/discard"))).andExpect(redirectedUrl("/imports/new"));
	}

	@Test
	void anUnreadableFileIsRefusedInTheReadersLanguage() throws Exception {
		this.mvc
			.perform(this.editing
				.asOffice(multipart("/imports").file(PlanPageFixtures.file("hello.txt", "你好")).param("lang", "en")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(allOf(containsString("The file &quot;hello.txt&quot; cannot be imported"),
					containsString("No responsibility clause found"), not(containsString("没有找到任何责任分工")))));
		this.mvc
			.perform(this.editing.asOffice(multipart("/imports")
				.file(new MockMultipartFile("file", "scan.txt", "text/plain",
						new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D }))
				.param("lang", "en")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString(
					"The file &quot;scan.txt&quot; is a PNG image, not a supported notice format: at byte offset 8")));
	}

	@Test
	void theSameNoticeAgainIsShownAsImportedAndCanBeDiscarded() throws Exception {
		long plan = this.editing.countyPlanId();
		String draft = this.mvc
			.perform(this.editing.asOffice(multipart("/imports").file(PlanPageFixtures.countyNotice())))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		this.mvc.perform(this.editing.asOffice(get(draft)))
			.andExpect(content().string(allOf(containsString("已导入过"), containsString("href=\"/plans/" + plan + "\""))));
		this.mvc.perform(this.editing.asOffice(post(draft + "/discard")))
			.andExpect(redirectedUrl("/imports/new"))
			.andExpect(flash().attribute("done", "已放弃这次导入。"));
		this.mvc.perform(this.editing.asOffice(post(draft + "/discard")))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("已经处理过")));
	}

	@Test
	void aRevisedNoticeShowsWhatItChangesBeforeAnythingIsWritten() throws Exception {
		long plan = this.editing.countyPlanId();
		MockMultipartFile revised = PlanPageFixtures.file("county-revised.txt",
				new String(PlanPageFixtures.countyNotice().getBytes(), java.nio.charset.StandardCharsets.UTF_8)
					.replace("提高农村客运通达率", "提高农村客运通达率和安全水平"));
		String draft = this.mvc
			.perform(this.editing.asOffice(multipart("/imports").file(revised).param("plan", String.valueOf(plan))))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		this.mvc.perform(this.editing.asOffice(get(draft)))
			.andExpect(content().string(stringContainsInOrder("修订已有规划", "与现有规划相比", "新增 0 项，删除 0 项", "内容修改的任务", "<del>",
					"提高农村客运通达率", "<ins>", "提高农村客运通达率和安全水平")));
		this.mvc.perform(this.editing.asOffice(post(draft + "/discard"))).andExpect(redirectedUrl("/imports/new"));
	}

	@Test
	void anImportThatDoesNotExistIsAPageThatDoesNotExist() throws Exception {
		this.mvc.perform(this.editing.asOffice(get("/imports/999999"))).andExpect(status().isNotFound());
		this.mvc.perform(this.editing.asOffice(post("/imports/999999/confirm"))).andExpect(status().isNotFound());
	}

}
