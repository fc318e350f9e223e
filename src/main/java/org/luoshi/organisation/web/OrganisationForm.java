package org.luoshi.organisation.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.luoshi.organisation.NewOrganisation;
import org.luoshi.organisation.OrganisationKind;

/** A new organisation as the planning office enters it. */
record OrganisationForm(@NotBlank @Size(max = 200) String name, @Size(max = 200) String officialName,
		List<@NotBlank @Size(max = 200) String> aliases, @NotNull OrganisationKind kind, Long regionId,
		LocalDate activeFrom, List<@NotNull Long> memberIds) {

	NewOrganisation command() {
		return new NewOrganisation(this.name, this.officialName, this.aliases, this.kind, this.regionId,
				this.activeFrom, this.memberIds);
	}

}
