package org.luoshi.organisation.web;

import java.net.URI;
import java.security.Principal;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.luoshi.common.IfMatch;
import org.luoshi.organisation.OrganisationChange;
import org.luoshi.organisation.OrganisationDetails;
import org.luoshi.organisation.OrganisationDirectory;
import org.luoshi.organisation.OrganisationKind;
import org.luoshi.organisation.OrganisationPage;
import org.luoshi.organisation.OrganisationRef;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The directory of responsible organisations over HTTP: listing and searching it,
 * entering organisations and aliases, and recording renames and mergers, each recorded as
 * made by the signed-in user; changes are for the planning office only.
 */
@RestController
@RequestMapping("/api/organisations")
@Tag(name = "Organisations", description = "The directory of responsible organisations (责任单位)")
class OrganisationApiController {

	private final OrganisationDirectory directory;

	OrganisationApiController(OrganisationDirectory directory) {
		this.directory = directory;
	}

	@GetMapping
	@Operation(summary = "List organisations page by page",
			description = "q matches any name or alias after normalisation; kind is a kind code.")
	OrganisationPage list(@RequestParam(required = false) String q,
			@RequestParam(required = false) OrganisationKind kind, @RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
		return this.directory.page(q, kind, page, size);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One organisation with its names, members, predecessors, successor and history")
	ResponseEntity<OrganisationDetails> get(@PathVariable long id) {
		OrganisationDetails details = this.directory.details(id);
		return ResponseEntity.ok().eTag(IfMatch.eTag(details.version())).body(details);
	}

	@PostMapping
	@Operation(summary = "Enter an organisation")
	ResponseEntity<OrganisationRef> create(@Valid @RequestBody OrganisationForm form, Principal user) {
		OrganisationRef created = this.directory.create(form.command(), actor(user));
		return ResponseEntity.created(location(created)).body(created);
	}

	@PostMapping("/{id}/aliases")
	@Operation(summary = "Give an organisation one more name")
	OrganisationDetails addAlias(@PathVariable long id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch, @Valid @RequestBody AliasForm form,
			Principal user) {
		Integer version = version(ifMatch, form.version());
		if (version != null) {
			this.directory.addAlias(id, version, form.alias(), actor(user));
		}
		else {
			this.directory.addAlias(id, form.alias(), actor(user));
		}
		return this.directory.details(id);
	}

	@PostMapping("/{id}/rename")
	@Operation(summary = "Rename an organisation in an institutional reform",
			description = "Enters a successor bearing the new name; the old names keep finding the old organisation. "
					+ "With If-Match (the ETag of GET /api/organisations/{id}) or a version, only if nobody changed "
					+ "the organisation since (412 otherwise).")
	ResponseEntity<OrganisationRef> rename(@PathVariable long id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch, @Valid @RequestBody RenameForm form,
			Principal user) {
		Integer version = version(ifMatch, form.version());
		OrganisationRef successor = (version != null)
				? this.directory.rename(id, version, form.name(), form.effective(), actor(user))
				: this.directory.rename(id, form.name(), form.effective(), actor(user));
		return ResponseEntity.created(location(successor)).body(successor);
	}

	@PostMapping("/merge")
	@Operation(summary = "Merge organisations into an existing or a new successor")
	OrganisationRef merge(@Valid @RequestBody MergeForm form, Principal user) {
		if (form.newSuccessor() != null) {
			return this.directory.mergeIntoNew(form.predecessorIds(), form.newSuccessor().command(), form.effective(),
					actor(user));
		}
		this.directory.merge(form.predecessorIds(), form.successorId(), form.effective(), actor(user));
		return this.directory.get(form.successorId());
	}

	@GetMapping("/{id}/history")
	@Operation(summary = "Every change to an organisation, oldest first")
	List<OrganisationChange> history(@PathVariable long id) {
		return this.directory.history(id);
	}

	// the version read, from If-Match like every other edit or, as before, in the body
	private static Integer version(String ifMatch, Integer inBody) {
		Integer header = IfMatch.version(ifMatch);
		return (header != null) ? header : inBody;
	}

	private static URI location(OrganisationRef organisation) {
		return URI.create("/api/organisations/" + organisation.id());
	}

	// Only signed-in users reach the API (the security module's rules), so there always
	// is
	// one. The organisation module does not ask the security module's CurrentActor: that
	// module depends on this one, for the organisations its users act for.
	private static String actor(Principal user) {
		return user.getName();
	}

}
