package org.luoshi.security.web;

import org.luoshi.security.LastOfficeAccount;
import org.luoshi.security.OrganisationNotAllowed;
import org.luoshi.security.OrganisationRequired;
import org.luoshi.security.UnacceptablePassword;
import org.luoshi.security.UnknownOrganisation;
import org.luoshi.security.UserNotFound;
import org.luoshi.security.UserRefusal;
import org.luoshi.security.UsernameInvalid;
import org.luoshi.security.UsernameTaken;

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
 * Turns the user administration's refusals into RFC 9457 problems that say, in the
 * reader's language, what was refused and why; the shared problem handler answers
 * everything else.
 */
@RestControllerAdvice(assignableTypes = UserApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class UserProblems {

	private final MessageSource messages;

	UserProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> notFound(UserNotFound ex) {
		return problem(HttpStatus.NOT_FOUND, ex);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> taken(UsernameTaken ex) {
		return problem(HttpStatus.CONFLICT, ex);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> lastOffice(LastOfficeAccount ex) {
		return problem(HttpStatus.CONFLICT, ex);
	}

	@ExceptionHandler({ UsernameInvalid.class, UnacceptablePassword.class, OrganisationRequired.class,
			OrganisationNotAllowed.class, UnknownOrganisation.class })
	ResponseEntity<ProblemDetail> badInput(UserRefusal ex) {
		return problem(HttpStatus.BAD_REQUEST, ex);
	}

	private ResponseEntity<ProblemDetail> problem(HttpStatus status, UserRefusal refusal) {
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem.setTitle(this.messages.getMessage("problem.title." + status.value(), null, status.getReasonPhrase(),
				LocaleContextHolder.getLocale()));
		problem.setDetail(this.messages.getMessage(UserRefusals.message(refusal), LocaleContextHolder.getLocale()));
		problem.setProperty("refusal", refusal.getClass().getSimpleName());
		return ResponseEntity.status(status).body(problem);
	}

}
