package org.luoshi.indicator.web;

import org.luoshi.common.IfMatch;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.luoshi.indicator.IndicatorFigures;
import org.luoshi.indicator.Figure;
import org.luoshi.indicator.FigureImportReport;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Yearly figures of indicators: every figure with its revisions, entering or revising
 * one, and importing a CSV or .xlsx file of them all or nothing.
 */
@RestController
@RequestMapping("/api")
@Tag(name = "indicator values", description = "指标年度数据：录入、修订（保留原值）和 CSV/xlsx 导入")
class FigureApiController {

	private final IndicatorFigures figures;

	FigureApiController(IndicatorFigures figures) {
		this.figures = figures;
	}

	@GetMapping("/indicators/{id}/values")
	@Operation(summary = "Every figure of the indicator for every region, revisions included")
	List<Figure> figures(@PathVariable long id) {
		return this.figures.figures(id);
	}

	@PostMapping("/indicators/{id}/values")
	@Operation(summary = "Enter a figure; one for a region and year that has a figure revises it and needs a reason",
			description = "A revision names in If-Match the version of the region's figure for the year it read "
					+ "(the ETag of the previous entry): 428 without it, 412 when somebody revised it meanwhile. "
					+ "The answer's ETag is the figure's new version.")
	ResponseEntity<Figure> enter(@PathVariable long id, @Valid @RequestBody NewFigureForm form,
			@RequestHeader(name = "If-Match", required = false) String ifMatch) {
		Figure figure = this.figures.enter(id, form.entry(), IfMatch.version(ifMatch));
		return ResponseEntity.created(URI.create("/api/indicators/" + id + "/values"))
			.eTag(IfMatch.eTag(this.figures.version(id, figure.regionId(), figure.year())))
			.body(figure);
	}

	@PostMapping(path = "/plans/{planId}/indicator-values", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Import figures from a CSV or .xlsx file, all or nothing",
			description = "Columns 指标, 地区, 年份, 数值, 状态, 来源, 修订原因, 口径 (or indicator, region, year, value, "
					+ "status, source, reason, form); 口径 is optional: level, yearly-rate or cumulative-change (水平值, "
					+ "当年降低率, 累计…). Errors name the row and the column.")
	FigureImportReport importFile(@PathVariable long planId, @RequestPart("file") MultipartFile file)
			throws IOException {
		String name = (file.getOriginalFilename() != null) ? file.getOriginalFilename() : "upload";
		return this.figures.importFile(planId, file.getBytes(), name);
	}

}
