package org.luoshi.plan.web;

import org.luoshi.plan.ExplainedRefusal;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * A refusal of the register in the reader's language, for the problem details of the API
 * and the messages on the pages alike; a refusal without a translation keeps its own
 * (Chinese) wording.
 */
// not a bean: the controllers and the problem handler each make one, so that web slices
// need nothing more than the message source
class RefusalTexts {

	private final MessageSource messages;

	RefusalTexts(MessageSource messages) {
		this.messages = messages;
	}

	String of(RuntimeException refusal) {
		if (refusal instanceof ExplainedRefusal explained && explained.code() != null) {
			return this.messages.getMessage("plan.problem." + explained.code(), explained.arguments(),
					refusal.getMessage(), LocaleContextHolder.getLocale());
		}
		return refusal.getMessage();
	}

}
