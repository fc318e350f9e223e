package org.luoshi.organisation.internal;

import java.time.Instant;
import java.time.LocalDate;

import org.luoshi.organisation.OrganisationKind;
import org.luoshi.organisation.OrganisationRef;

/**
 * One row of the organisation table. It acts from {@code activeFrom} (or always, if null)
 * up to the day before {@code activeTo}, the day its successor takes over.
 */
public record OrganisationRecord(long id, String name, OrganisationKind kind, Long regionId, boolean collective,
		LocalDate activeFrom, LocalDate activeTo, Long successorId, int version, Instant createdAt) {

	public boolean activeOn(LocalDate day) {
		return (this.activeFrom == null || !day.isBefore(this.activeFrom))
				&& (this.activeTo == null || day.isBefore(this.activeTo));
	}

	/** Renamed or merged away, whether or not the day has come yet. */
	public boolean ended() {
		return this.activeTo != null || this.successorId != null;
	}

	public OrganisationRef ref(LocalDate today) {
		return new OrganisationRef(this.id, this.name, this.kind, this.collective, activeOn(today), this.regionId);
	}

}
