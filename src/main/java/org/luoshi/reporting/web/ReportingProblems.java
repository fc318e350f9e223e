package org.luoshi.reporting.web;

import java.util.List;
import java.util.Locale;

import org.luoshi.indicator.IndicatorRefusal;
import org.luoshi.indicator.ValueRefusal;
import org.luoshi.organisation.OrganisationNotFound;
import org.luoshi.plan.RegisterRefusal;
import org.luoshi.reporting.ReportingRefusal;
import org.luoshi.reporting.WorkflowRefusal;

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
 * The reporting API's refusals as RFC 9457 problems in the reader's language: the named
 * refusal under {@code refusal}, what is missing under {@code missing}, a figure's wrong
 * field under {@code errors}. Everything else goes to the shared problem handler.
 */
@RestControllerAdvice(assignableTypes = { CycleApiController.class, ReportApiController.class,
		ReportWorkflowApiController.class, NotificationApiController.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class ReportingProblems {

	private final RefusalTexts texts;

	private final MessageSource messages;

	ReportingProblems(MessageSource messages) {
		this.texts = new RefusalTexts(messages);
		this.messages = messages;
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> refused(ReportingRefusal ex) {
		HttpStatus status = RefusalTexts.status(ex);
		ProblemDetail problem = problem(status, this.texts.text(ex), ex.getClass().getSimpleName());
		problem.setProperty("code", ex.code());
		if (ex instanceof WorkflowRefusal.ReportIncomplete incomplete) {
			problem.setProperty("missing", incomplete.missing());
		}
		return ResponseEntity.status(status).body(problem);
	}

	/** A figure entered through a report, refused by the indicator module's checks. */
	@ExceptionHandler
	ResponseEntity<ProblemDetail> figureRefused(IndicatorRefusal ex) {
		HttpStatus status = switch (ex.kind()) {
			case NOT_FOUND -> HttpStatus.NOT_FOUND;
			case CONFLICT -> HttpStatus.CONFLICT;
			case INVALID -> HttpStatus.UNPROCESSABLE_CONTENT;
		};
		String text = this.messages.getMessage("indicator.problem." + ex.code(), ex.arguments(), ex.getMessage(),
				locale());
		ProblemDetail problem = problem(status, text, ex.getClass().getSimpleName());
		if (ex instanceof ValueRefusal value) {
			problem.setProperty("errors", List.of(new FieldError(value.field(), value.rejected(), text)));
		}
		return ResponseEntity.status(status).body(problem);
	}

	@ExceptionHandler({ RegisterRefusal.class, OrganisationNotFound.class })
	ResponseEntity<ProblemDetail> notFound(RuntimeException ex) {
		return ResponseEntity.status(HttpStatus.NOT_FOUND)
			.body(problem(HttpStatus.NOT_FOUND, ex.getMessage(), ex.getClass().getSimpleName()));
	}

	private ProblemDetail problem(HttpStatus status, String detail, String refusal) {
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem.setTitle(
				this.messages.getMessage("problem.title." + status.value(), null, status.getReasonPhrase(), locale()));
		problem.setDetail(detail);
		problem.setProperty("refusal", refusal);
		return problem;
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

	/** One rejected field, as the shared problem handler lists them. */
	record FieldError(String field, Object rejectedValue, String message) {
	}

}
