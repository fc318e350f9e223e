package org.luoshi.reporting.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.luoshi.organisation.OrganisationNotFound;
import org.luoshi.plan.RegisterRefusal;
import org.luoshi.reporting.ReportingRefusal;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A refusal on a reporting page shows the error page in the layout with its status:
 * another organisation's report 403, a report or cycle that does not exist 404.
 */
@ControllerAdvice(
		assignableTypes = { ReportPageController.class, ReportFormController.class, CyclePageController.class })
class ReportingPageAdvice {

	@ExceptionHandler
	void refused(ReportingRefusal ex, HttpServletResponse response) throws IOException {
		response.sendError(RefusalTexts.status(ex).value());
	}

	@ExceptionHandler({ RegisterRefusal.class, OrganisationNotFound.class })
	void notFound(RuntimeException ex, HttpServletResponse response) throws IOException {
		response.sendError(HttpServletResponse.SC_NOT_FOUND);
	}

}
