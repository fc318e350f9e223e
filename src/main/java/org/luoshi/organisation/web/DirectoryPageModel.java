package org.luoshi.organisation.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.luoshi.organisation.OrganisationDirectory;
import org.luoshi.organisation.OrganisationRef;
import org.luoshi.organisation.RegionDirectory;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * What the directory's pages share: region names, the organisations to choose from, and
 * rejected fields and confirmations in the reader's language.
 */
@Component
class DirectoryPageModel {

	private final OrganisationDirectory directory;

	private final RegionDirectory regions;

	private final MessageSource messages;

	DirectoryPageModel(OrganisationDirectory directory, RegionDirectory regions, MessageSource messages) {
		this.directory = directory;
		this.regions = regions;
		this.messages = messages;
	}

	/** Every region's name by id, in official order. */
	Map<Long, String> regionNames() {
		Map<Long, String> names = new LinkedHashMap<>();
		this.regions.all().forEach((region) -> names.put(region.id(), region.name()));
		return names;
	}

	/** The organisations acting today, to choose from. */
	List<OrganisationRef> active() {
		return this.directory.all().stream().filter(OrganisationRef::active).toList();
	}

	/** Each rejected field once, with the first reason given. */
	Map<String, String> errors(BindingResult result) {
		Map<String, String> errors = new LinkedHashMap<>();
		for (FieldError error : result.getFieldErrors()) {
			errors.putIfAbsent(error.getField(), this.messages.getMessage(error, LocaleContextHolder.getLocale()));
		}
		result.getGlobalErrors()
			.forEach((error) -> errors.putIfAbsent(error.getObjectName(),
					this.messages.getMessage(error, LocaleContextHolder.getLocale())));
		return errors;
	}

	String message(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

}
