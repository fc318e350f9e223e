package org.luoshi.evaluation.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.luoshi.common.SpreadsheetText;
import org.luoshi.evaluation.RankedScore;
import org.luoshi.evaluation.Ranking;
import org.luoshi.evaluation.ReportDocument;
import org.luoshi.evaluation.ReportDocument.Block;
import org.luoshi.evaluation.RubricGroup;
import org.luoshi.evaluation.ScoreBreakdown;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A year's results as the office hands them on: a workbook with the ranking and every
 * organisation's breakdown, and a Word document laid out as a government report with one
 * table per group and the breakdowns after.
 */
@Component
public class AssessmentExport {

	private final MessageSource messages;

	AssessmentExport(MessageSource messages) {
		this.messages = messages;
	}

	public byte[] xlsx(Ranking ranking, Map<Long, ScoreBreakdown> breakdowns, Locale locale) {
		AssessmentWording w = new AssessmentWording(new Words(this.messages, locale));
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = book.createSheet(w.get("evaluation.assessment.doc.sheet-ranking"));
			int r = 0;
			r = row(sheet, r, rankingHeader(w, true));
			for (RankedScore s : all(ranking)) {
				List<String> cells = new ArrayList<>();
				cells.add(w.get(s.group().wordCode()));
				cells.addAll(rankingRow(w, s));
				r = row(sheet, r, cells);
			}
			Sheet lines = book.createSheet(w.get("evaluation.assessment.doc.sheet-breakdown"));
			int l = row(lines, 0,
					List.of(w.get("evaluation.assessment.col.organisation"),
							w.get("evaluation.assessment.col.criterion"), w.get("evaluation.assessment.col.source"),
							w.get("evaluation.assessment.col.max"), w.get("evaluation.assessment.col.points"),
							w.get("evaluation.assessment.col.basis")));
			for (RankedScore s : all(ranking)) {
				ScoreBreakdown b = breakdowns.get(s.organisationId());
				for (ScoreBreakdown.Line line : b.lines()) {
					l = row(lines, l, List.of(b.organisationName(), line.name(), w.get(line.source().wordCode()),
							AssessmentWording.plain(line.max()), line.points().toPlainString(), w.basis(line)));
				}
			}
			book.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public byte[] docx(Ranking ranking, Map<Long, ScoreBreakdown> breakdowns, Locale locale) {
		Words words = new Words(this.messages, locale);
		AssessmentWording w = new AssessmentWording(words);
		List<Block> blocks = new ArrayList<>();
		int table = 1;
		for (RubricGroup group : RubricGroup.values()) {
			List<RankedScore> scores = (group == RubricGroup.DEPARTMENTS) ? ranking.departments() : ranking.cities();
			if (scores.isEmpty()) {
				continue;
			}
			blocks.add(Block.table(w.get("evaluation.assessment.doc.ranking-table", table++, w.get(group.wordCode())),
					rankingHeader(w, false), scores.stream().map((s) -> rankingRow(w, s)).toList()));
		}
		blocks.add(Block.heading(1, w.get("evaluation.assessment.doc.breakdown")));
		for (RankedScore s : all(ranking)) {
			ScoreBreakdown b = breakdowns.get(s.organisationId());
			blocks.add(Block.heading(2, b.organisationName()));
			blocks.add(Block.table("",
					List.of(w.get("evaluation.assessment.col.criterion"), w.get("evaluation.assessment.col.max"),
							w.get("evaluation.assessment.col.points"), w.get("evaluation.assessment.col.basis")),
					b.lines()
						.stream()
						.map((line) -> List.of(line.name(), AssessmentWording.plain(line.max()),
								line.points().toPlainString(), w.basis(line)))
						.toList()));
		}
		String title = w.get("evaluation.assessment.title", ranking.assessment().year());
		return DocxWriter.write(new ReportDocument(title, "", blocks), words, (chart) -> new byte[0]);
	}

	private static List<RankedScore> all(Ranking ranking) {
		List<RankedScore> all = new ArrayList<>(ranking.departments());
		all.addAll(ranking.cities());
		return all;
	}

	private static List<String> rankingHeader(AssessmentWording w, boolean withGroup) {
		List<String> header = new ArrayList<>();
		if (withGroup) {
			header.add("");
		}
		for (String col : List.of("rank", "organisation", "computed", "adjustment", "score", "grade", "previous")) {
			header.add(w.get("evaluation.assessment.col." + col));
		}
		return header;
	}

	private static List<String> rankingRow(AssessmentWording w, RankedScore s) {
		return List.of(String.valueOf(s.rank()), s.organisationName(), s.computed().toPlainString(),
				s.adjustment().toPlainString(), s.score().toPlainString(), w.get(s.grade().wordCode()),
				(s.previous() != null) ? s.previous().toPlainString() : "");
	}

	private static int row(Sheet sheet, int at, List<String> cells) {
		Row row = sheet.createRow(at);
		for (int i = 0; i < cells.size(); i++) {
			// a name beginning = + - @ would run as a formula in the office's spreadsheet
			row.createCell(i).setCellValue(SpreadsheetText.defused(cells.get(i)));
		}
		return at + 1;
	}

}
