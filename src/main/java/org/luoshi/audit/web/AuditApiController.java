package org.luoshi.audit.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.luoshi.audit.AuditEntry;
import org.luoshi.audit.AuditLog;
import org.luoshi.common.Page;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit log over HTTP, for the planning office. */
@RestController
@RequestMapping("/api/audit")
@Tag(name = "audit", description = "审计日志：谁在何时做了什么")
class AuditApiController {

	private final AuditLog log;

	AuditApiController(AuditLog log) {
		this.log = log;
	}

	@GetMapping
	@Operation(summary = "Entries of the audit log, newest first, for a subject (plan:12) or an actor")
	Page<AuditEntry> entries(@RequestParam(required = false) String subject,
			@RequestParam(required = false) String actor, @RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
		return log.entries(subject, actor, page, size);
	}

}
