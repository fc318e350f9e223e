package org.luoshi.indicator.web;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.luoshi.indicator.Indicators;
import org.luoshi.indicator.SeedIndicators;
import org.luoshi.plan.PlanRegister;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Yearly figures through the API: entered one by one or imported from CSV and .xlsx, and
 * refused naming the field, or the row and column of the file.
 */
@WithUserDetails("office")
@SpringBootTest(properties = "luoshi.demo.enabled=true")
@AutoConfigureMockMvc
@Transactional
class FigureApiTests {

	private static final String CSV_HEADER = "指标,地区,年份,数值,状态,来源,修订原因\n";

	@Autowired
	MockMvc mvc;

	@Autowired
	PlanRegister plans;

	@Autowired
	Indicators indicators;

	@Test
	void aFigureEnteredShowsInTheIndicatorWithItsStatus() throws Exception {
		long land = id("耕地保有量");
		this.mvc
			.perform(post("/api/indicators/{id}/values", land).contentType(MediaType.APPLICATION_JSON)
				.content("{\"year\": 2013, \"value\": 553.6, \"status\": \"final\", \"source\": \"国土资源公报\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.value").value(553.6))
			.andExpect(jsonPath("$.status").value("final"))
			.andExpect(jsonPath("$.enteredBy").value("office"));
		this.mvc.perform(get("/api/indicators/{id}", land))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"0\""))
			.andExpect(jsonPath("$.indicator.assessment.status").value("achieved"))
			.andExpect(jsonPath("$.figures", hasSize(1)))
			.andExpect(jsonPath("$.path", hasSize(6)));
	}

	@Test
	void aValueThatIsNotANumberIsRefusedNamingTheField() throws Exception {
		this.mvc
			.perform(post("/api/indicators/{id}/values", id("耕地保有量")).contentType(MediaType.APPLICATION_JSON)
				.content("{\"year\": 2013, \"value\": \"约553万\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(header().string("Content-Type", MediaType.APPLICATION_PROBLEM_JSON_VALUE))
			.andExpect(jsonPath("$.refusal").value("NotANumber"))
			.andExpect(jsonPath("$.errors[0].field").value("value"))
			.andExpect(jsonPath("$.errors[0].rejectedValue").value("约553万"));
	}

	@Test
	void anIntensityIsEnteredAsTheYearsRateAndShownAsTheCumulativeReduction() throws Exception {
		long energy = id("单位地区生产总值能源消耗");
		for (String figure : new String[] { "{\"year\": 2011, \"value\": 3.5, \"form\": \"yearly-rate\"}",
				"{\"year\": 2012, \"value\": \"2.1\", \"form\": \"当年降低率\"}" }) {
			this.mvc
				.perform(post("/api/indicators/{id}/values", energy).contentType(MediaType.APPLICATION_JSON)
					.content(figure))
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.form").value("yearly-rate"));
		}
		this.mvc.perform(get("/api/indicators/{id}", energy))
			.andExpect(jsonPath("$.indicator.assessment.change").value(closeTo(5.5265, 1e-9)))
			.andExpect(jsonPath("$.indicator.assessment.status").value("at-risk"))
			.andExpect(jsonPath("$.pathInChange").value(true));
		this.mvc
			.perform(post("/api/indicators/{id}/values", id("森林覆盖率")).contentType(MediaType.APPLICATION_JSON)
				.content("{\"year\": 2011, \"value\": 0.5, \"form\": \"yearly-rate\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.refusal").value("FormNotForKind"))
			.andExpect(jsonPath("$.errors[0].field").value("form"));
	}

	@Test
	void aValueWithoutAYearIsRefusedNamingTheField() throws Exception {
		this.mvc
			.perform(post("/api/indicators/{id}/values", id("耕地保有量")).contentType(MediaType.APPLICATION_JSON)
				.content("{\"value\": \"553\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("year"));
	}

	@Test
	void aForestCoverAboveOneHundredPercentAndAYearOutsideThePlanAreRefused() throws Exception {
		long forest = id("森林覆盖率");
		this.mvc
			.perform(post("/api/indicators/{id}/values", forest).contentType(MediaType.APPLICATION_JSON)
				.content("{\"year\": 2013, \"value\": \"144.2\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("value"))
			.andExpect(jsonPath("$.detail", containsString("0～100")));
		this.mvc
			.perform(post("/api/indicators/{id}/values", forest).contentType(MediaType.APPLICATION_JSON)
				.content("{\"year\": 2018, \"value\": \"44\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("year"));
	}

	@Test
	void csvImportErrorsNameTheRowAndColumnAndNothingIsKept() throws Exception {
		String csv = CSV_HEADER + "森林覆盖率,,2011,43.3,最终,统计年鉴,\n" + "森林覆盖率,,2012,四十三,最终,统计年鉴,\n"
				+ "森林覆盖率,,二〇一三,43.8,最终,统计年鉴,\n" + "森林面积,,2013,800,最终,,\n";
		this.mvc.perform(multipart("/api/plans/{id}/indicator-values", planId()).file(csv("figures.csv", csv)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.refusal").value("ValueFileRefused"))
			.andExpect(jsonPath("$.errors", hasSize(3)))
			.andExpect(jsonPath("$.errors[0].row").value(3))
			.andExpect(jsonPath("$.errors[0].column").value("数值"))
			.andExpect(jsonPath("$.errors[1].row").value(4))
			.andExpect(jsonPath("$.errors[1].column").value("年份"))
			.andExpect(jsonPath("$.errors[2].row").value(5))
			.andExpect(jsonPath("$.errors[2].column").value("指标"));
		this.mvc.perform(get("/api/indicators/{id}/values", id("森林覆盖率"))).andExpect(jsonPath("$", hasSize(0)));
	}

	@Test
	void anXlsxWorkbookOfFiguresIsImported() throws Exception {
		MockMultipartFile workbook = new MockMultipartFile("file", "figures.xlsx",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
				workbook(new Object[][] { { "指标", "地区", "年份", "数值", "状态" }, { "全省总人口", "", 2011, 2749.41, "最终" },
						{ "全省总人口", "吉林省", 2012, 2750.4, "最终" } }));
		this.mvc.perform(multipart("/api/plans/{id}/indicator-values", planId()).file(workbook))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rows").value(2))
			.andExpect(jsonPath("$.entered").value(2));
		this.mvc.perform(get("/api/indicators/{id}", id("全省总人口")))
			.andExpect(jsonPath("$.indicator.assessment.status").value("achieved"))
			.andExpect(jsonPath("$.indicator.assessment.level").value(2750.4));
	}

	private long planId() {
		return seed().planId();
	}

	private long id(String name) {
		return seed().id(name);
	}

	private SeedIndicators seed() {
		return new SeedIndicators(this.indicators, this.plans);
	}

	private static MockMultipartFile csv(String name, String text) {
		return new MockMultipartFile("file", name, "text/csv", text.getBytes(StandardCharsets.UTF_8));
	}

	private static byte[] workbook(Object[][] rows) throws Exception {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("数据");
			for (int r = 0; r < rows.length; r++) {
				Row row = sheet.createRow(r);
				for (int c = 0; c < rows[r].length; c++) {
					Object value = rows[r][c];
					if (value instanceof Number number) {
						row.createCell(c).setCellValue(number.doubleValue());
					}
					else {
						row.createCell(c).setCellValue((String) value);
					}
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

}
