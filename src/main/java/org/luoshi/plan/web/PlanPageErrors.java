package org.luoshi.plan.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.luoshi.organisation.OrganisationNotFound;
import org.luoshi.plan.ImportRefusal;
import org.luoshi.plan.RegisterRefusal;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A plan, task, import or organisation the address names but the register does not hold
 * is a page that does not exist: the 404 page in the layout, never a 500. Refusals a
 * person can act on are shown by the page that caused them.
 */
@ControllerAdvice(assignableTypes = { PlanPageController.class, TaskPageController.class,
		OrganisationTasksPageController.class, MatrixPageController.class, ImportPageController.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class PlanPageErrors {

	@ExceptionHandler({ RegisterRefusal.class, ImportRefusal.ImportNotFound.class, OrganisationNotFound.class,
			PlanTree.ChapterNotFound.class })
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(HttpServletResponse.SC_NOT_FOUND);
	}

}
