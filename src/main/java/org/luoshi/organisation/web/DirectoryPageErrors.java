package org.luoshi.organisation.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.luoshi.organisation.OrganisationNotFound;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * An organisation the address names but the directory does not hold is a page that does
 * not exist: the 404 page in the layout.
 */
@ControllerAdvice(assignableTypes = { DirectoryPageController.class, OrganisationPageController.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class DirectoryPageErrors {

	@ExceptionHandler(OrganisationNotFound.class)
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(HttpServletResponse.SC_NOT_FOUND);
	}

}
