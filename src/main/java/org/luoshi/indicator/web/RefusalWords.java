package org.luoshi.indicator.web;

import org.luoshi.indicator.DecompositionState;
import org.luoshi.indicator.IndicatorRefusal;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * An indicator refusal in the reader's language ({@code indicator.problem.<code>}), with
 * a decomposition's state named in words, for the problems of the API and the messages of
 * the pages alike.
 */
final class RefusalWords {

	private final MessageSource messages;

	RefusalWords(MessageSource messages) {
		this.messages = messages;
	}

	String text(IndicatorRefusal refusal) {
		Object[] arguments = refusal.arguments();
		for (int i = 0; i < arguments.length; i++) {
			if (arguments[i] instanceof DecompositionState state) {
				arguments[i] = this.messages.getMessage("decomposition.state." + state.code(), null,
						LocaleContextHolder.getLocale());
			}
		}
		return this.messages.getMessage("indicator.problem." + refusal.code(), arguments, refusal.getMessage(),
				LocaleContextHolder.getLocale());
	}

}
