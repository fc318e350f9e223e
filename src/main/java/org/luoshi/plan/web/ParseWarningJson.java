package org.luoshi.plan.web;

import org.luoshi.notice.ParseWarning;
import org.luoshi.plan.internal.ImporterTexts;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;

import org.springframework.boot.jackson.JacksonComponent;
import org.springframework.boot.jackson.ObjectValueSerializer;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * An importer's warning as the API gives it — {@code line}, {@code code} and
 * {@code message}, as the command line writes it — with the message in the language of
 * the request.
 */
@JacksonComponent
class ParseWarningJson extends ObjectValueSerializer<ParseWarning> {

	private final MessageSource messages;

	ParseWarningJson(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	protected void serializeObject(ParseWarning warning, JsonGenerator json, SerializationContext context) {
		json.writeNumberProperty("line", warning.line());
		json.writeStringProperty("code", warning.code());
		json.writeStringProperty("message",
				this.messages.getMessage(ImporterTexts.resolvable(warning.text()), LocaleContextHolder.getLocale()));
	}

}
