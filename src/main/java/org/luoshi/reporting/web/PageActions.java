package org.luoshi.reporting.web;

import org.luoshi.indicator.IndicatorRefusal;
import org.luoshi.reporting.ReportDrafts;
import org.luoshi.reporting.ReportWorkflow;
import org.luoshi.reporting.ReportingRefusal;

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

	private final RefusalTexts texts;

	private final MessageSource messages;

	PageActions(ReportDrafts drafts, ReportWorkflow workflow, MessageSource messages) {
		this.drafts = drafts;
		this.workflow = workflow;
		this.texts = new RefusalTexts(messages);
		this.messages = messages;
	}

	String run(RedirectAttributes flash, String back, Action action) {
		return run(flash, back, "reporting.page.saved", action);
	}

	String run(RedirectAttributes flash, String back, String done, Action action) {
		try {
			action.run(this.drafts, this.workflow);
			flash.addFlashAttribute("done", this.texts.message(done));
		}
		catch (ReportingRefusal ex) {
			if (ex.kind() == ReportingRefusal.Kind.FORBIDDEN || ex.kind() == ReportingRefusal.Kind.NOT_FOUND) {
				throw ex;
			}
			flash.addFlashAttribute("problem", this.texts.text(ex));
		}
		catch (IndicatorRefusal ex) {
			flash.addFlashAttribute("problem", this.messages.getMessage("indicator.problem." + ex.code(),
					ex.arguments(), ex.getMessage(), LocaleContextHolder.getLocale()));
		}
		return "redirect:" + back;
	}

	String text(RuntimeException ex) {
		if (ex instanceof ReportingRefusal refusal) {
			return this.texts.text(refusal);
		}
		IndicatorRefusal refusal = (IndicatorRefusal) ex;
		return this.messages.getMessage("indicator.problem." + refusal.code(), refusal.arguments(),
				refusal.getMessage(), LocaleContextHolder.getLocale());
	}

}
