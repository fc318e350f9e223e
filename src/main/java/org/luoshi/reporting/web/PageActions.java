package org.luoshi.reporting.web;

import org.luoshi.common.Refusal;
import org.luoshi.reporting.ReportDrafts;
import org.luoshi.reporting.ReportWorkflow;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Runs what a form on a reporting page asks for and goes back to the page, saying what
 * was done or, in the reader's language, why it was refused. Another organisation's
 * report and things that do not exist are not messages: they answer 403 and 404.
 */
@Component
class PageActions {

	/** One thing a form asks for. */
	@FunctionalInterface
	interface Action {

		void run(ReportDrafts drafts, ReportWorkflow workflow);

	}

	private final ReportDrafts drafts;

	private final ReportWorkflow workflow;

	private final MessageSource messages;

	PageActions(ReportDrafts drafts, ReportWorkflow workflow, MessageSource messages) {
		this.drafts = drafts;
		this.workflow = workflow;
		this.messages = messages;
	}

	String run(RedirectAttributes flash, String back, Action action) {
		return run(flash, back, "reporting.page.saved", action);
	}

	String run(RedirectAttributes flash, String back, String done, Action action) {
		try {
			action.run(this.drafts, this.workflow);
			flash.addFlashAttribute("done", this.messages.getMessage(done, null, LocaleContextHolder.getLocale()));
		}
		catch (Refusal ex) {
			flash.addFlashAttribute("problem", text(ex));
		}
		return "redirect:" + back;
	}

	/**
	 * The refusal in the reader's language.
	 * @throws Refusal the refusal itself when the error page answers it
	 */
	String text(Refusal ex) {
		if (ex.kind().errorPage()) {
			throw ex;
		}
		return this.messages.getMessage(ex, LocaleContextHolder.getLocale());
	}

}
