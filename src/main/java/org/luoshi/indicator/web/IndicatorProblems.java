package org.luoshi.indicator.web;

import java.util.List;
import java.util.Locale;

import org.luoshi.indicator.DecompositionRefusal;
import org.luoshi.indicator.IndicatorRefusal;
import org.luoshi.indicator.ValueFileRefused;
import org.luoshi.indicator.ValueRefusal;
import org.luoshi.plan.RegisterRefusal;

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
 * The indicator module's refusals as RFC 9457 problems in the reader's language: what was
 * refused and why, each wrong field or file cell under {@code errors}, the shortfall of a
 * split under {@code check}. Everything else goes to the shared problem handler.
 */
@RestControllerAdvice(
		assignableTypes = { IndicatorApiController.class, ValueApiController.class, DecompositionApiController.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class IndicatorProblems {

	private final MessageSource messages;

	private final RefusalWords words;

	IndicatorProblems(MessageSource messages) {
		this.messages = messages;
		this.words = new RefusalWords(messages);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> refused(IndicatorRefusal ex) {
		HttpStatus status = switch (ex.kind()) {
			case NOT_FOUND -> HttpStatus.NOT_FOUND;
			case CONFLICT -> HttpStatus.CONFLICT;
			case INVALID -> HttpStatus.UNPROCESSABLE_CONTENT;
		};
		ProblemDetail problem = problem(status, text(ex), ex);
		if (ex instanceof ValueRefusal value) {
			problem.setProperty("errors", List.of(new FieldError(value.field(), value.rejected(), text(value))));
		}
		if (ex instanceof ValueFileRefused file) {
			problem.setProperty("errors",
					file.errors()
						.stream()
						.map((e) -> new CellError(e.row(), e.column(), e.refusal().rejected(), text(e.refusal())))
						.toList());
		}
		if (ex instanceof DecompositionRefusal.ShortfallRefused shortfall) {
			problem.setProperty("check", shortfall.check());
		}
		return ResponseEntity.status(status).body(problem);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> planNotFound(RegisterRefusal ex) {
		return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem(HttpStatus.NOT_FOUND, ex.getMessage(), ex));
	}

	/**
	 * A change on a version somebody else has changed since: the If-Match precondition
	 * failed.
	 */
	@ExceptionHandler
	ResponseEntity<ProblemDetail> stale(OptimisticLockingFailureException ex) {
		return ResponseEntity.status(HttpStatus.PRECONDITION_FAILED)
			.body(problem(HttpStatus.PRECONDITION_FAILED, message("problem.detail.412"), ex));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> ifMatchRequired(IfMatch.Required ex) {
		return ResponseEntity.status(HttpStatus.PRECONDITION_REQUIRED)
			.body(problem(HttpStatus.PRECONDITION_REQUIRED, message("problem.detail.428"), ex));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> ifMatchMalformed(IfMatch.Malformed ex) {
		String detail = this.messages.getMessage("indicator.problem.if-match-malformed", new Object[] { ex.header() },
				locale());
		return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(problem(HttpStatus.BAD_REQUEST, detail, ex));
	}

	private ProblemDetail problem(HttpStatus status, String detail, RuntimeException ex) {
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem.setTitle(
				this.messages.getMessage("problem.title." + status.value(), null, status.getReasonPhrase(), locale()));
		problem.setDetail(detail);
		problem.setProperty("refusal", ex.getClass().getSimpleName());
		return problem;
	}

	private String text(IndicatorRefusal refusal) {
		return this.words.text(refusal);
	}

	private String message(String code) {
		return this.messages.getMessage(code, null, locale());
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

	/** One rejected field, as the shared problem handler lists them. */
	record FieldError(String field, Object rejectedValue, String message) {
	}

	/**
	 * One rejected cell of an imported file: row as a spreadsheet numbers it, column by
	 * its header.
	 */
	record CellError(int row, String column, Object rejectedValue, String message) {
	}

}
