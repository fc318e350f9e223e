package org.luoshi.indicator.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.luoshi.common.IfMatch;
import org.luoshi.indicator.IndicatorDetail;
import org.luoshi.indicator.IndicatorSummary;
import org.luoshi.indicator.Indicators;
import org.luoshi.indicator.PlanThresholds;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A plan's indicators with their status, one indicator with its path and projection, the
 * office's completion of an indicator and the plan's status thresholds. Versions travel
 * as ETags; a change must send the one it read in If-Match (412 when stale, 428 when
 * absent).
 */
@RestController
@RequestMapping("/api")
@Tag(name = "indicators", description = "约束性指标和预期性指标：目标、基期、进度和状态")
class IndicatorApiController {

	private final Indicators indicators;

	IndicatorApiController(Indicators indicators) {
		this.indicators = indicators;
	}

	@GetMapping("/plans/{planId}/indicators")
	@Operation(summary = "The plan's indicators with where each stands as of its latest figure",
			description = "binding=true lists the binding indicators only, binding=false the expected ones.")
	List<IndicatorSummary> ofPlan(@PathVariable long planId, @RequestParam(required = false) Boolean binding) {
		return this.indicators.ofPlan(planId)
			.stream()
			.filter((i) -> binding == null || i.binding() == binding)
			.toList();
	}

	@GetMapping("/indicators/{id}")
	@Operation(summary = "One indicator with its figures, expected path and projection; its version is the ETag")
	ResponseEntity<IndicatorDetail> get(@PathVariable long id) {
		IndicatorDetail detail = this.indicators.get(id);
		return ResponseEntity.ok().eTag(String.valueOf(detail.indicator().version())).body(detail);
	}

	@PatchMapping("/indicators/{id}")
	@Operation(summary = "Complete an indicator: baseline year and value, target, region (If-Match required)")
	ResponseEntity<IndicatorDetail> complete(@PathVariable long id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch,
			@Valid @RequestBody CompletionForm form) {
		IndicatorDetail detail = this.indicators.complete(id, IfMatch.required(ifMatch), form.completion());
		return ResponseEntity.ok().eTag(String.valueOf(detail.indicator().version())).body(detail);
	}

	@GetMapping("/plans/{planId}/indicator-thresholds")
	@Operation(summary = "The plan's status thresholds in percentage points; version 0 while on the defaults")
	ResponseEntity<PlanThresholds> thresholds(@PathVariable long planId) {
		PlanThresholds thresholds = this.indicators.thresholds(planId);
		return ResponseEntity.ok().eTag(String.valueOf(thresholds.version())).body(thresholds);
	}

	@PutMapping("/plans/{planId}/indicator-thresholds")
	@Operation(summary = "Set the plan's status thresholds (If-Match required; 0 while on the defaults)")
	ResponseEntity<PlanThresholds> setThresholds(@PathVariable long planId,
			@RequestHeader(name = "If-Match", required = false) String ifMatch,
			@Valid @RequestBody ThresholdsForm form) {
		PlanThresholds thresholds = this.indicators.setThresholds(planId, IfMatch.required(ifMatch), form.thresholds());
		return ResponseEntity.ok().eTag(String.valueOf(thresholds.version())).body(thresholds);
	}

}
