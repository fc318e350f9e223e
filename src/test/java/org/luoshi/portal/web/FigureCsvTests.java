package org.luoshi.portal.web;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.luoshi.evaluation.PublishedFigure;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The open data CSV: a text a spreadsheet would run as a formula gets a quote in front;
 * numbers, negative ones too, are written as they are.
 */
class FigureCsvTests {

	@Test
	void textsThatLookLikeFormulasAreDefusedAndNumbersKept() {
		PublishedFigure figure = new PublishedFigure(1, 2, 2011, 3, "=HYPERLINK(\"http://evil.example\")", true,
				"@SUM(A1)", "+地区", false, 2011, new BigDecimal("-3.5"), "-final", null, -12.5, null, null, "正常", null);
		String csv = new String(FigureCsv.write(List.of(figure)), StandardCharsets.UTF_8);
		String row = csv.split("\r\n")[1];
		assertThat(row).contains("\"'=HYPERLINK(\"\"http://evil.example\"\")\"")
			.contains(",'@SUM(A1),")
			.contains(",'+地区,")
			.contains(",'-final,")
			.contains(",-3.5,")
			.contains(",-12.5,");
	}

}
