package org.luoshi.plan.web;

import java.io.IOException;
import java.net.URI;
import java.security.Principal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.luoshi.plan.ImportConfirmed;
import org.luoshi.plan.ImportPreview;
import org.luoshi.plan.NoticeImports;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Importing a notice over HTTP: upload it, look at what it will become, map the names the
 * directory does not know, then confirm or discard.
 */
@RestController
@RequestMapping("/api/imports")
@Tag(name = "imports", description = "导入分工通知：上传、核对、对应单位、确认")
class ImportApiController {

	private final NoticeImports imports;

	ImportApiController(NoticeImports imports) {
		this.imports = imports;
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Upload a notice (.txt, .docx, .pdf) or a division spreadsheet (.xlsx) for review; "
			+ "parentPlanId puts the plan under a plan above (a city's division notice under the province's plan)")
	ResponseEntity<ImportPreview> upload(@RequestParam("file") MultipartFile file,
			@RequestParam(name = "parentPlanId", required = false) Long parentPlanId, Principal principal)
			throws IOException {
		String name = file.getOriginalFilename() == null ? "notice" : file.getOriginalFilename();
		ImportPreview preview = imports.upload(file.getBytes(), name, null, parentPlanId, Actors.of(principal));
		return ResponseEntity.created(URI.create("/api/imports/" + preview.importId())).body(preview);
	}

	@GetMapping("/{id}")
	@Operation(summary = "What the pending import will do")
	ImportPreview preview(@PathVariable long id) {
		return imports.preview(id);
	}

	@PutMapping("/{id}/mappings")
	@Operation(summary = "Map a name the directory does not know to an organisation")
	ImportPreview map(@PathVariable long id, @Valid @RequestBody Mapping mapping) {
		return imports.map(id, mapping.writtenName(), mapping.organisationId());
	}

	@PostMapping("/{id}/confirm")
	@Operation(summary = "Put the notice into the register, in one transaction")
	ImportConfirmed confirm(@PathVariable long id, Principal principal) {
		return imports.confirm(id, Actors.of(principal));
	}

	@PostMapping("/{id}/discard")
	@Operation(summary = "Discard the pending import")
	ResponseEntity<Void> discard(@PathVariable long id, Principal principal) {
		imports.discard(id, Actors.of(principal));
		return ResponseEntity.noContent().build();
	}

	/** A written name and the organisation the office says it stands for. */
	record Mapping(@NotBlank String writtenName, @NotNull Long organisationId) {
	}

}
