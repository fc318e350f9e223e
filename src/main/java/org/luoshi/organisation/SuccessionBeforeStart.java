package org.luoshi.organisation;

import java.time.LocalDate;

/**
 * Refusal: a rename or merger would take effect on or before the day the predecessor
 * started acting, which would leave it no time at all.
 */
public class SuccessionBeforeStart extends OrganisationRefusal {

	private final long id;

	private final LocalDate effective;

	private final LocalDate activeFrom;

	public SuccessionBeforeStart(long id, LocalDate effective, LocalDate activeFrom) {
		super(Kind.BAD_REQUEST, "succession-before-start",
				"Organisation " + id + " started on " + activeFrom + ", not before " + effective, String.valueOf(id),
				String.valueOf(effective), String.valueOf(activeFrom));
		this.id = id;
		this.effective = effective;
		this.activeFrom = activeFrom;
	}

	public long id() {
		return this.id;
	}

	public LocalDate effective() {
		return this.effective;
	}

	public LocalDate activeFrom() {
		return this.activeFrom;
	}

}
