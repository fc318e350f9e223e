package org.luoshi.organisation.web;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.luoshi.organisation.OrganisationRef;
import org.luoshi.organisation.RegionChoice;
import org.luoshi.organisation.RegionDirectory;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * What the directory's pages share: the names of the regions shown, and rejected fields
 * and confirmations in the reader's language.
 */
@Component
class DirectoryPageModel {

	private final RegionDirectory regions;

	private final MessageSource messages;

	DirectoryPageModel(RegionDirectory regions, MessageSource messages) {
		this.regions = regions;
		this.messages = messages;
	}

	/**
	 * The regions of the organisations shown, each named after its province or city, by
	 * id: never every region.
	 */
	Map<Long, RegionChoice> regionsOf(Collection<OrganisationRef> shown) {
		return this.regions
			.named(shown.stream().map(OrganisationRef::regionId).filter(java.util.Objects::nonNull).toList());
	}

	/** The region given as chosen in a region picker, or none. */
	List<RegionChoice> chosenRegion(Long regionId) {
		return (regionId != null) ? List.copyOf(this.regions.named(List.of(regionId)).values()) : List.of();
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
