package org.luoshi.organisation.web;

import org.luoshi.organisation.CannotMergeIntoItself;
import org.luoshi.organisation.NameAlreadyTaken;
import org.luoshi.organisation.NameIsBlank;
import org.luoshi.organisation.OrganisationInactive;
import org.luoshi.organisation.OrganisationNotFound;
import org.luoshi.organisation.OrganisationRefusal;
import org.luoshi.organisation.RegionNotFound;
import org.luoshi.organisation.SuccessionBeforeStart;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Turns the directory's refusals into RFC 9457 problems that say, in the reader's
 * language, which organisation or name was refused and why; the shared problem handler
 * answers everything else.
 */
@RestControllerAdvice(assignableTypes = OrganisationApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class OrganisationProblems {

	private final MessageSource messages;

	OrganisationProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> notFound(OrganisationNotFound ex) {
		return problem(HttpStatus.NOT_FOUND, ex, "not-found", String.valueOf(ex.id()));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> regionNotFound(RegionNotFound ex) {
		return problem(HttpStatus.NOT_FOUND, ex, "region-not-found", String.valueOf(ex.id()));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> nameTaken(NameAlreadyTaken ex) {
		return problem(HttpStatus.CONFLICT, ex, "name-taken", ex.name(), ex.holder());
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> inactive(OrganisationInactive ex) {
		return problem(HttpStatus.CONFLICT, ex, "inactive", ex.name(), String.valueOf(ex.activeTo()));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> mergeIntoItself(CannotMergeIntoItself ex) {
		return problem(HttpStatus.BAD_REQUEST, ex, "merge-into-itself", String.valueOf(ex.id()));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> blankName(NameIsBlank ex) {
		return problem(HttpStatus.BAD_REQUEST, ex, "name-blank");
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> beforeStart(SuccessionBeforeStart ex) {
		return problem(HttpStatus.BAD_REQUEST, ex, "succession-before-start", String.valueOf(ex.id()),
				String.valueOf(ex.effective()), String.valueOf(ex.activeFrom()));
	}

	private ResponseEntity<ProblemDetail> problem(HttpStatus status, OrganisationRefusal refusal, String key,
			Object... arguments) {
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem.setTitle(this.messages.getMessage("problem.title." + status.value(), null, status.getReasonPhrase(),
				LocaleContextHolder.getLocale()));
		problem.setDetail(this.messages.getMessage("organisation.problem." + key, arguments, refusal.getMessage(),
				LocaleContextHolder.getLocale()));
		problem.setProperty("refusal", refusal.getClass().getSimpleName());
		return ResponseEntity.status(status).body(problem);
	}

}
