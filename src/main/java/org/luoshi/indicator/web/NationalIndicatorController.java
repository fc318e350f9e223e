package org.luoshi.indicator.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.luoshi.common.Page;
import org.luoshi.indicator.NationalIndicator;
import org.luoshi.indicator.NationalIndicators;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The national overview of binding indicators across every plan, as a page and over the
 * API: grouped by name, those most plans hold first, searchable by name, fifty to a page.
 */
@Controller
@Tag(name = "indicators")
class NationalIndicatorController {

	private static final int PAGE_SIZE = 50;

	private final NationalIndicators national;

	NationalIndicatorController(NationalIndicators national) {
		this.national = national;
	}

	@GetMapping("/indicators/national")
	String page(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("overview", this.national.overview(q, page, PAGE_SIZE));
		model.addAttribute("plans", this.national.plans());
		model.addAttribute("q", q);
		return "indicator/national";
	}

	@GetMapping("/api/indicators/national")
	@ResponseBody
	@Operation(summary = "Every binding indicator across every plan, grouped by name: how many plans hold it and "
			+ "report a figure of their own, and the latest year reported (most plans first; q filters by name)")
	Page<NationalIndicator> api(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		return this.national.overview(q, page, size);
	}

}
