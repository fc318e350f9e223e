package org.luoshi.organisation.web;

import org.luoshi.organisation.OrganisationKind;

import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/** Reads a kind in a query string by its code ({@code ?kind=city-government}). */
@Component
class OrganisationKindConverter implements Converter<String, OrganisationKind> {

	@Override
	public OrganisationKind convert(String code) {
		return OrganisationKind.fromCode(code);
	}

}
