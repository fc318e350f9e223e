package org.luoshi.indicator.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.luoshi.common.IfMatch;
import org.luoshi.indicator.IndicatorOutlooks;
import org.luoshi.indicator.MidtermYear;
import org.luoshi.indicator.PlanOutlook;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The mid-term outlook of a plan's indicators to their target year, and the plan's
 * mid-term year (the office sets it, with the version it read in If-Match).
 */
@RestController
@RequestMapping("/api")
@Tag(name = "indicator outlook", description = "中期评估：各指标按趋势推算至目标年、今后年均所需进度，判断可完成、有难度或难以完成")
class OutlookApiController {

	private final IndicatorOutlooks outlooks;

	OutlookApiController(IndicatorOutlooks outlooks) {
		this.outlooks = outlooks;
	}

	@GetMapping("/plans/{planId}/indicator-outlook")
	@Operation(
			summary = "Every indicator's outlook judged on the figures up to the year (the mid-term year by default)")
	PlanOutlook outlook(@PathVariable long planId, @RequestParam(required = false) Integer year) {
		return (year != null) ? this.outlooks.of(planId, year) : this.outlooks.of(planId);
	}

	@GetMapping("/plans/{planId}/midterm-year")
	@Operation(summary = "The plan's mid-term year: the one set, else the half-way year; version 0 while not set")
	ResponseEntity<MidtermYear> midtermYear(@PathVariable long planId) {
		MidtermYear year = this.outlooks.midtermYear(planId);
		return ResponseEntity.ok().eTag(String.valueOf(year.version())).body(year);
	}

	@PutMapping("/plans/{planId}/midterm-year")
	@Operation(summary = "Set the plan's mid-term year (the planning office; If-Match required, 0 while not set)")
	ResponseEntity<MidtermYear> setMidtermYear(@PathVariable long planId,
			@RequestHeader(name = "If-Match", required = false) String ifMatch,
			@Valid @RequestBody MidtermYearForm form) {
		MidtermYear year = this.outlooks.setMidtermYear(planId, form.year(), IfMatch.required(ifMatch));
		return ResponseEntity.ok().eTag(String.valueOf(year.version())).body(year);
	}

}
