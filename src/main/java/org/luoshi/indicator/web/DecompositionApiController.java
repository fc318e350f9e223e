package org.luoshi.indicator.web;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.luoshi.common.IfMatch;
import org.luoshi.indicator.Decomposition;
import org.luoshi.indicator.Decompositions;
import org.luoshi.indicator.RollUp;
import org.luoshi.indicator.RollUps;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Splitting provincial targets among the cities: drafting, city targets, submission
 * (refused with the shortfall), approval, issue, return with a reason, and the roll-up of
 * city figures under the issued split. The service decides who takes which step, as for
 * the page: anybody else is refused with 403.
 */
@RestController
@RequestMapping("/api")
@Tag(name = "decompositions", description = "指标分解：各市（州）目标的起草、报送、审核、下达和汇总")
class DecompositionApiController {

	private final Decompositions decompositions;

	private final RollUps rollUps;

	DecompositionApiController(Decompositions decompositions, RollUps rollUps) {
		this.decompositions = decompositions;
		this.rollUps = rollUps;
	}

	@GetMapping("/indicators/{id}/decompositions")
	@Operation(summary = "Every split of the indicator, oldest first")
	List<Decomposition> ofIndicator(@PathVariable long id) {
		return this.decompositions.ofIndicator(id);
	}

	@PostMapping("/indicators/{id}/decompositions")
	@Operation(
			summary = "Draft a split with one share per city of the indicator's province (a reporter of the lead organisation, or the planning office)")
	ResponseEntity<Decomposition> create(@PathVariable long id) {
		Decomposition created = this.decompositions.create(id);
		return ResponseEntity.created(URI.create("/api/decompositions/" + created.id()))
			.eTag(String.valueOf(created.version()))
			.body(created);
	}

	@GetMapping("/decompositions/{id}")
	@Operation(summary = "One split with its city shares, its check and its steps; its version is the ETag")
	ResponseEntity<Decomposition> get(@PathVariable long id) {
		return withETag(this.decompositions.get(id));
	}

	@PutMapping("/decompositions/{id}/shares")
	@Operation(summary = "Set city targets and weights of a draft or returned split (If-Match required)")
	ResponseEntity<Decomposition> shares(@PathVariable long id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch, @Valid @RequestBody SharesForm form) {
		return withETag(this.decompositions.updateShares(id, IfMatch.required(ifMatch), form.entries()));
	}

	@PostMapping("/decompositions/{id}/submit")
	@Operation(summary = "Submit the split; refused while city targets are missing or fall short")
	ResponseEntity<Decomposition> submit(@PathVariable long id) {
		return withETag(this.decompositions.submit(id));
	}

	@PostMapping("/decompositions/{id}/approve")
	@Operation(summary = "Approve a submitted split (the planning office)")
	ResponseEntity<Decomposition> approve(@PathVariable long id) {
		return withETag(this.decompositions.approve(id));
	}

	@PostMapping("/decompositions/{id}/issue")
	@Operation(summary = "Issue an approved split (the planning office, for the provincial government)")
	ResponseEntity<Decomposition> issue(@PathVariable long id) {
		return withETag(this.decompositions.issue(id));
	}

	@PostMapping("/decompositions/{id}/return")
	@Operation(summary = "Return a submitted or approved split to the lead department with a reason")
	ResponseEntity<Decomposition> giveBack(@PathVariable long id, @Valid @RequestBody ReturnForm form) {
		return withETag(this.decompositions.giveBack(id, form.reason()));
	}

	@GetMapping("/indicators/{id}/roll-up")
	@Operation(summary = "City figures of a year against their targets, and the province from the cities")
	RollUp rollUp(@PathVariable long id, @RequestParam int year) {
		return this.rollUps.of(id, year);
	}

	private static ResponseEntity<Decomposition> withETag(Decomposition decomposition) {
		return ResponseEntity.ok().eTag(String.valueOf(decomposition.version())).body(decomposition);
	}

}
