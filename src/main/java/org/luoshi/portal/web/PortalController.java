package org.luoshi.portal.web;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.luoshi.common.Page;
import org.luoshi.evaluation.AnnualReportModel.IndicatorRow;
import org.luoshi.evaluation.AnnualReportSummary;
import org.luoshi.evaluation.AnnualReportView;
import org.luoshi.evaluation.FigureQuery;
import org.luoshi.evaluation.PublishedFigure;
import org.luoshi.evaluation.PublishedReports;
import org.luoshi.portal.PortalRefusal;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * The public portal's pages, for anybody: the published reports with the latest one's
 * binding indicators and each part's progress, a published report as it reads (and as
 * .docx and PDF), and one indicator with its chart, its published figures and its city
 * view. Each is served from what was published, with ETag, Last-Modified and
 * Cache-Control.
 */
@Controller
class PortalController {

	private static final int REPORTS_PER_PAGE = 20;

	static final MediaType DOCX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

	private final PublishedReports published;

	private final Freshness freshness;

	private final java.time.ZoneId zone;

	PortalController(PublishedReports published, Freshness freshness,
			@org.springframework.beans.factory.annotation.Value("${luoshi.reporting.time-zone:Asia/Shanghai}") String zone) {
		this.published = published;
		this.freshness = freshness;
		this.zone = java.time.ZoneId.of(zone);
	}

	@GetMapping("/portal")
	String home(@RequestParam(defaultValue = "0") int page, Model model, ServletWebRequest request) {
		if (this.freshness.notModified(request, "portal-" + page, locale())) {
			return null;
		}
		Page<AnnualReportSummary> reports = this.published.reports(Math.max(0, page), REPORTS_PER_PAGE);
		model.addAttribute("reports", reports);
		model.addAttribute("latest", this.published.latest().orElse(null));
		model.addAttribute("zone", this.zone);
		return "portal/home";
	}

	@GetMapping("/portal/reports/{id}")
	String report(@PathVariable long id, Model model, ServletWebRequest request) {
		if (this.freshness.notModified(request, "report-" + id, locale())) {
			return null;
		}
		model.addAttribute("report", this.published.report(id));
		model.addAttribute("document", this.published.layout(id, locale()));
		model.addAttribute("chartBase", "/portal/reports/" + id + "/charts/");
		return "portal/report";
	}

	@GetMapping("/portal/indicators/{id}")
	String indicator(@PathVariable long id, Model model, ServletWebRequest request) {
		if (this.freshness.notModified(request, "indicator-" + id, locale())) {
			return null;
		}
		AnnualReportView report = latestCarrying(id).orElseThrow(() -> new PortalRefusal.IndicatorNotPublished(id));
		IndicatorRow row = report.model()
			.indicators()
			.stream()
			.filter((r) -> r.indicatorId() == id)
			.findFirst()
			.orElseThrow();
		List<PublishedFigure> history = this.published.figures(new FigureQuery(null, id, null), 0, 200)
			.items()
			.stream()
			.filter((f) -> !f.city())
			.sorted(Comparator.comparing(PublishedFigure::year).thenComparing(PublishedFigure::reportId))
			.toList();
		model.addAttribute("page", IndicatorPage.of(report.summary(), report.model(), row, history));
		return "portal/indicator";
	}

	@GetMapping("/portal/reports/{id}/report.docx")
	ResponseEntity<byte[]> docx(@PathVariable long id) {
		return file(this.published.docx(id, locale()), DOCX, "annual-report-" + id + ".docx");
	}

	@GetMapping("/portal/reports/{id}/report.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable long id) {
		return file(this.published.pdf(id, locale()), MediaType.APPLICATION_PDF, "annual-report-" + id + ".pdf");
	}

	@GetMapping("/portal/reports/{id}/charts/{name}.png")
	ResponseEntity<byte[]> chart(@PathVariable long id, @PathVariable String name) {
		return ResponseEntity.ok()
			.cacheControl(Freshness.CACHE)
			.contentType(MediaType.IMAGE_PNG)
			.body(this.published.chart(id, name, locale()));
	}

	private Optional<AnnualReportView> latestCarrying(long indicatorId) {
		for (AnnualReportSummary summary : this.published.reports(0, 100).items()) {
			AnnualReportView report = this.published.report(summary.id());
			if (report.model().indicators().stream().anyMatch((r) -> r.indicatorId() == indicatorId)) {
				return Optional.of(report);
			}
		}
		return Optional.empty();
	}

	private static ResponseEntity<byte[]> file(byte[] content, MediaType type, String name) {
		return ResponseEntity.ok()
			.cacheControl(Freshness.CACHE)
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(content);
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

}
