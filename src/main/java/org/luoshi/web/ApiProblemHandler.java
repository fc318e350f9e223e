package org.luoshi.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.luoshi.common.Refusal;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.FieldError;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The one place where a failed request becomes an answer. Every {@code /api/**} request
 * gets an RFC 9457 problem ({@code application/problem+json}) whose title and detail are
 * in the reader's language: a module's {@link Refusal} with its status, its name under
 * {@code refusal}, its code under {@code code} and what a program may act on beyond the
 * text (the fields, rows or names at fault); validation failures list each rejected field
 * under {@code errors}, with the value sent unless it is a password. Requests for pages
 * get the status only, so that the error page in the layout is shown; a refusal a person
 * can act on is shown by the page that caused it, next to its form.
 */
@RestControllerAdvice
class ApiProblemHandler extends ResponseEntityExceptionHandler {

	private static final Log log = LogFactory.getLog(ApiProblemHandler.class);

	@ExceptionHandler(Refusal.class)
	ResponseEntity<Object> refused(Refusal refusal, WebRequest request) {
		HttpStatus status = HttpStatus.valueOf(refusal.kind().status());
		if (!isApi(request)) {
			return sendErrorForPage(status, new HttpHeaders(), request);
		}
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem.setTitle(message("problem.title." + status.value(), status.getReasonPhrase()));
		Locale locale = LocaleContextHolder.getLocale();
		problem.setDetail(getMessageSource().getMessage(refusal, locale));
		problem.setProperty("refusal", refusal.getClass().getSimpleName());
		problem.setProperty("code", refusal.code());
		refusal.details((text) -> getMessageSource().getMessage(text, locale)).forEach(problem::setProperty);
		return super.handleExceptionInternal(refusal, problem, new HttpHeaders(), status, request);
	}

	/**
	 * A change on a version somebody else changed since: the If-Match precondition failed
	 * (412) where the version came in that header, else a conflict (409).
	 */
	@ExceptionHandler(OptimisticLockingFailureException.class)
	ResponseEntity<Object> conflict(OptimisticLockingFailureException ex, WebRequest request) {
		HttpStatus status = (request.getHeader(HttpHeaders.IF_MATCH) != null) ? HttpStatus.PRECONDITION_FAILED
				: HttpStatus.CONFLICT;
		return handleExceptionInternal(ex, null, new HttpHeaders(), status, request);
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<Object> unexpected(Exception ex, WebRequest request) throws Exception {
		// Spring Security reacts to its own exceptions further out; a page request is
		// better served by the resolvers that honour @ResponseStatus and by the error
		// page.
		if (ex.getClass().getName().startsWith("org.springframework.security.") || !isApi(request)) {
			throw ex;
		}
		ResponseStatus declared = AnnotatedElementUtils.findMergedAnnotation(ex.getClass(), ResponseStatus.class);
		HttpStatus status = (declared != null) ? declared.code() : HttpStatus.INTERNAL_SERVER_ERROR;
		if (status.is5xxServerError()) {
			log.error("Unexpected failure of " + path(request), ex);
		}
		return handleExceptionInternal(ex, null, new HttpHeaders(), status, request);
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldProblem> errors = ex.getFieldErrors().stream().map(this::problem).toList();
		return validationProblem(ex, errors, headers, status, request);
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldProblem> errors = new ArrayList<>();
		for (ParameterValidationResult result : ex.getParameterValidationResults()) {
			if (result instanceof ParameterErrors bean) {
				bean.getFieldErrors().forEach((error) -> errors.add(problem(error)));
			}
			else {
				String name = result.getMethodParameter().getParameterName();
				result.getResolvableErrors()
					.forEach((error) -> errors.add(new FieldProblem(name, result.getArgument(), message(error))));
			}
		}
		return validationProblem(ex, errors, headers, status, request);
	}

	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		if (!isApi(request)) {
			return sendErrorForPage(status, headers, request);
		}
		ProblemDetail problem = (body instanceof ProblemDetail given) ? given : localised(ex, status);
		return super.handleExceptionInternal(ex, problem, headers, status, request);
	}

	private ProblemDetail localised(Exception ex, HttpStatusCode status) {
		// Spring's own detail names the method or path that failed; it stays as the
		// fallback
		// for statuses that have no text of ours, but an unexpected exception's message
		// never
		// reaches the client.
		ProblemDetail problem = (ex instanceof ErrorResponse known)
				? known.updateAndGetBody(getMessageSource(), LocaleContextHolder.getLocale())
				: ProblemDetail.forStatus(status);
		problem.setTitle(message("problem.title." + status.value(), problem.getTitle()));
		problem.setDetail(message("problem.detail." + status.value(), problem.getDetail()));
		return problem;
	}

	private ResponseEntity<Object> validationProblem(Exception ex, List<FieldProblem> errors, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem.setTitle(message("problem.title.validation", "Invalid input"));
		problem.setDetail(getMessageSource().getMessage("problem.detail.validation", new Object[] { errors.size() },
				LocaleContextHolder.getLocale()));
		problem.setProperty("errors", errors);
		return handleExceptionInternal(ex, problem, headers, status, request);
	}

	private FieldProblem problem(FieldError error) {
		// a rejected password is never echoed: answers end up in logs and screenshots
		Object rejected = isSecret(error.getField()) ? null : error.getRejectedValue();
		return new FieldProblem(error.getField(), rejected, message(error));
	}

	private static boolean isSecret(String field) {
		return field.toLowerCase(Locale.ROOT).contains("password");
	}

	private String message(MessageSourceResolvable resolvable) {
		return getMessageSource().getMessage(resolvable, LocaleContextHolder.getLocale());
	}

	private String message(String code, String fallback) {
		return getMessageSource().getMessage(code, null, fallback, LocaleContextHolder.getLocale());
	}

	private ResponseEntity<Object> sendErrorForPage(HttpStatusCode status, HttpHeaders headers, WebRequest request) {
		HttpServletResponse response = ((ServletWebRequest) request).getResponse();
		if (response != null && !response.isCommitted()) {
			headers.forEach((name, values) -> values.forEach((value) -> response.addHeader(name, value)));
			try {
				response.sendError(status.value());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return null;
	}

	static boolean isApi(WebRequest request) {
		HttpServletRequest servletRequest = ((ServletWebRequest) request).getRequest();
		String path = servletRequest.getRequestURI().substring(servletRequest.getContextPath().length());
		return path.equals("/api") || path.startsWith("/api/");
	}

	private static String path(WebRequest request) {
		return ((ServletWebRequest) request).getRequest().getRequestURI();
	}

	/** One rejected input: which field, what was sent, and why it was refused. */
	record FieldProblem(String field, Object rejectedValue, String message) {
	}

}
