package org.luoshi.organisation.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.luoshi.organisation.NewOrganisation;
import org.luoshi.organisation.OrganisationKind;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A new organisation as the office enters it on the directory page: aliases in one field,
 * separated by 、 , ， ; or new lines.
 */
public record OrganisationEntryForm(@NotBlank @Size(max = 200) String name, @Size(max = 200) String officialName,
		@Size(max = 2000) String aliases, @NotNull OrganisationKind kind, Long regionId,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate activeFrom, List<Long> memberIds) {

	static OrganisationEntryForm named(String name) {
		return new OrganisationEntryForm(name, null, null, null, null, null, List.of());
	}

	NewOrganisation command() {
		List<String> aliasList = (this.aliases == null) ? List.of()
				: Arrays.stream(this.aliases.split("[、,，;；\\n]"))
					.map(String::strip)
					.filter((a) -> !a.isEmpty())
					.toList();
		String official = (this.officialName == null || this.officialName.isBlank()) ? null : this.officialName.strip();
		return new NewOrganisation(this.name.strip(), official, aliasList, this.kind, this.regionId, this.activeFrom,
				this.memberIds);
	}

}
