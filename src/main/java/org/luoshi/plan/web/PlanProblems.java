package org.luoshi.plan.web;

import org.luoshi.plan.ImportRefusal;
import org.luoshi.plan.RegisterRefusal;
import org.luoshi.plan.TaskCorrections;
import org.luoshi.plan.internal.sheet.DivisionSheetErrors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The register's refusals as RFC 9457 problems: which plan, task or import, and why, so
 * that a script or a person can act on it. Everything else goes to the shared problem
 * handler.
 */
@RestControllerAdvice(assignableTypes = { PlanApiController.class, TaskApiController.class, ImportApiController.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class PlanProblems {

	private final MessageSource messages;

	private final RefusalTexts texts;

	PlanProblems(MessageSource messages) {
		this.messages = messages;
		this.texts = new RefusalTexts(messages);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> notFound(RegisterRefusal ex) {
		return problem(HttpStatus.NOT_FOUND, ex);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> importRefused(ImportRefusal ex) {
		HttpStatus status = HttpStatus.CONFLICT;
		if (ex instanceof ImportRefusal.ImportNotFound) {
			status = HttpStatus.NOT_FOUND;
		}
		else if (ex instanceof ImportRefusal.UnreadableNotice
				|| ex instanceof ImportRefusal.MappedOrganisationNotFound) {
			status = HttpStatus.UNPROCESSABLE_CONTENT;
		}
		ResponseEntity<ProblemDetail> response = problem(status, ex);
		if (ex instanceof ImportRefusal.UnknownOrganisationsRemain unknown) {
			response.getBody().setProperty("unknownNames", unknown.names());
		}
		if (ex instanceof ImportRefusal.NoticeAlreadyImported already) {
			response.getBody().setProperty("planId", already.planId());
		}
		return response;
	}

	/** A malformed division spreadsheet: every problem with its row and column. */
	@ExceptionHandler
	ResponseEntity<ProblemDetail> sheetRefused(DivisionSheetErrors ex) {
		ResponseEntity<ProblemDetail> response = problem(HttpStatus.UNPROCESSABLE_CONTENT, ex);
		response.getBody().setProperty("errors", ex.errors());
		return response;
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> correctionRefused(TaskCorrections.CorrectionRefused ex) {
		return problem(HttpStatus.UNPROCESSABLE_CONTENT, ex);
	}

	/**
	 * A correction on a version someone else has already changed: the If-Match
	 * precondition failed.
	 */
	@ExceptionHandler
	ResponseEntity<ProblemDetail> stale(OptimisticLockingFailureException ex) {
		return problem(HttpStatus.PRECONDITION_FAILED, ex);
	}

	private ResponseEntity<ProblemDetail> problem(HttpStatus status, RuntimeException ex) {
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem.setTitle(messages.getMessage("problem.title." + status.value(), null, status.getReasonPhrase(),
				LocaleContextHolder.getLocale()));
		problem.setDetail(this.texts.of(ex));
		problem.setProperty("refusal", ex.getClass().getSimpleName());
		return ResponseEntity.status(status).body(problem);
	}

}
