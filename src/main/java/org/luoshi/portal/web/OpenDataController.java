package org.luoshi.portal.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.luoshi.common.Page;
import org.luoshi.evaluation.FigureQuery;
import org.luoshi.evaluation.PublishedFigure;
import org.luoshi.evaluation.PublishedReports;
import org.luoshi.portal.PortalRefusal;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * The published figures as open data, for anybody: CSV and JSON a page at a time,
 * filtered by plan, indicator and year, in the schema served beside them
 * ({@code /portal/data/schema.json}, also in the README).
 */
@RestController
@Tag(name = "open data", description = "Open data: the figures of published reports (CSV, JSON)")
class OpenDataController {

	static final int MAX_SIZE = 5000;

	static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private static final String SCHEMA = "portal/figures.schema.json";

	private final PublishedReports published;

	private final Freshness freshness;

	OpenDataController(PublishedReports published, Freshness freshness) {
		this.published = published;
		this.freshness = freshness;
	}

	@GetMapping(path = "/portal/data/figures.json", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Published figures as JSON, a page at a time (no sign-in)")
	ResponseEntity<Page<PublishedFigure>> json(@RequestParam(required = false) Long plan,
			@RequestParam(required = false) Long indicator, @RequestParam(required = false) Integer year,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "1000") int size,
			ServletWebRequest request) {
		if (this.freshness.notModified(request, "json-" + plan + "-" + indicator + "-" + year + "-" + page + "-" + size,
				Locale.ROOT)) {
			return null;
		}
		return ResponseEntity.ok().body(find(plan, indicator, year, page, size));
	}

	@GetMapping(path = "/portal/data/figures.csv")
	@Operation(summary = "Published figures as CSV (UTF-8 with BOM, comma-separated), a page at a time (no sign-in)")
	ResponseEntity<byte[]> csv(@RequestParam(required = false) Long plan,
			@RequestParam(required = false) Long indicator, @RequestParam(required = false) Integer year,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "1000") int size,
			ServletWebRequest request) {
		if (this.freshness.notModified(request, "csv-" + plan + "-" + indicator + "-" + year + "-" + page + "-" + size,
				Locale.ROOT)) {
			return null;
		}
		Page<PublishedFigure> found = find(plan, indicator, year, page, size);
		return ResponseEntity.ok()
			.contentType(CSV)
			.header("X-Total-Count", String.valueOf(found.total()))
			.body(FigureCsv.write(found.items()));
	}

	@GetMapping(path = "/portal/data/schema.json", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "The JSON schema of a published figure (the CSV has the same columns)")
	ResponseEntity<String> schema() {
		try (InputStream in = getClass().getClassLoader().getResourceAsStream(SCHEMA)) {
			return ResponseEntity.ok()
				.cacheControl(Freshness.CACHE)
				.body(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Page<PublishedFigure> find(Long plan, Long indicator, Integer year, int page, int size) {
		if (page < 0 || size < 1 || size > MAX_SIZE) {
			throw new PortalRefusal.PageOutOfRange(page, size);
		}
		return this.published.figures(new FigureQuery(plan, indicator, year), page, size);
	}

	/** The CSV columns, in the schema's order. */
	static final List<String> COLUMNS = List.of("report_id", "plan_id", "report_year", "indicator_id", "indicator",
			"binding", "unit", "region", "city", "year", "figure", "status", "level", "progress", "target", "expected",
			"verdict", "published_at");

}
