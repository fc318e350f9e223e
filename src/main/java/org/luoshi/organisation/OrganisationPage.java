package org.luoshi.organisation;

import java.util.List;

/** One page of a directory listing, numbered from 0, with the total of all pages. */
public record OrganisationPage(List<OrganisationRef> organisations, int page, int size, long totalElements,
		long totalPages) {

	public OrganisationPage {
		organisations = List.copyOf(organisations);
	}

	public OrganisationPage(List<OrganisationRef> organisations, int page, int size, long totalElements) {
		this(organisations, page, size, totalElements, (totalElements + size - 1) / size);
	}

}
