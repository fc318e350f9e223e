package org.luoshi.organisation.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

import org.luoshi.organisation.CannotMergeIntoItself;
import org.luoshi.organisation.NameType;
import org.luoshi.organisation.OrganisationInactive;
import org.luoshi.organisation.OrganisationNotFound;
import org.luoshi.organisation.OrganisationSucceeded;
import org.luoshi.organisation.SuccessionBeforeStart;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * Institutional reform: an organisation renamed (2018: 省农委 became 省农业农村厅) is ended and
 * succeeded by a new organisation bearing the new name; organisations merged are ended
 * and succeeded by the one they merge into. The old names stay with the old
 * organisations; collectives they belonged to now count the successor instead; and each
 * succession is announced with {@link OrganisationSucceeded} on the day it takes effect.
 */
@Component
public class Reorganisation {

	private final OrganisationStore organisations;

	private final NameStore names;

	private final MemberStore members;

	private final HistoryStore history;

	private final Successions successions;

	private final Clock clock;

	public Reorganisation(OrganisationStore organisations, NameStore names, MemberStore members, HistoryStore history,
			Successions successions, Clock clock) {
		this.organisations = organisations;
		this.names = names;
		this.members = members;
		this.history = history;
		this.successions = successions;
		this.clock = clock;
	}

	/**
	 * @return the id of the successor that bears the new name
	 */
	public long rename(long id, Integer expectedVersion, String newName, LocalDate effective, String actor) {
		Objects.requireNonNull(effective, "effective");
		OrganisationRecord old = succeedable(id, effective);
		if (expectedVersion != null && expectedVersion != old.version()) {
			throw new OptimisticLockingFailureException(
					"Organisation " + id + " is no longer at version " + expectedVersion);
		}
		this.names.requireFree(newName);
		Instant now = this.clock.instant();
		String name = newName.strip();
		long successor = this.organisations.insert(name, old.kind(), old.regionId(), old.collective(), effective, now);
		this.names.add(successor, name, NameType.OFFICIAL);
		this.members.membersOf(id).forEach((member) -> this.members.add(successor, member));
		this.history.record(successor, "created", null, name, actor, now);
		this.history.record(old.id(), "renamed", old.name(), name, actor, now);
		hand(old, successor, name, effective, OrganisationSucceeded.RENAMED, actor, now);
		return successor;
	}

	/**
	 * Ends every predecessor and hands its duties to the successor, which goes on acting.
	 */
	public void merge(List<Long> predecessorIds, long successorId, LocalDate effective, String actor) {
		Objects.requireNonNull(effective, "effective");
		List<OrganisationRecord> predecessors = predecessors(predecessorIds, successorId, effective);
		OrganisationRecord successor = this.organisations.find(successorId)
			.orElseThrow(() -> new OrganisationNotFound(successorId));
		if (successor.ended()) {
			throw new OrganisationInactive(successor.id(), successor.name(), successor.activeTo());
		}
		Instant now = this.clock.instant();
		for (OrganisationRecord predecessor : predecessors) {
			this.history.record(predecessor.id(), "merged", predecessor.name(), successor.name(), actor, now);
			hand(predecessor, successorId, successor.name(), effective, OrganisationSucceeded.MERGED, actor, now);
		}
		this.organisations.touch(successorId, successor.version());
	}

	/** Checks the predecessors of a merger before anything is written. */
	public List<OrganisationRecord> predecessors(List<Long> predecessorIds, Long successorId, LocalDate effective) {
		if (predecessorIds.isEmpty()) {
			throw new IllegalArgumentException("A merger needs at least one predecessor");
		}
		List<OrganisationRecord> predecessors = new ArrayList<>();
		for (long id : new LinkedHashSet<>(predecessorIds)) {
			if (successorId != null && id == successorId) {
				throw new CannotMergeIntoItself(id);
			}
			predecessors.add(succeedable(id, effective));
		}
		return predecessors;
	}

	private OrganisationRecord succeedable(long id, LocalDate effective) {
		OrganisationRecord organisation = this.organisations.find(id).orElseThrow(() -> new OrganisationNotFound(id));
		if (organisation.ended()) {
			throw new OrganisationInactive(id, organisation.name(), organisation.activeTo());
		}
		if (organisation.activeFrom() != null && !effective.isAfter(organisation.activeFrom())) {
			throw new SuccessionBeforeStart(id, effective, organisation.activeFrom());
		}
		return organisation;
	}

	private void hand(OrganisationRecord predecessor, long successorId, String successorName, LocalDate effective,
			String reason, String actor, Instant now) {
		this.organisations.end(predecessor.id(), predecessor.version(), effective, successorId);
		this.history.record(successorId, "succeeds", predecessor.name(), successorName, actor, now);
		for (long collective : this.members.collectivesOf(predecessor.id())) {
			this.members.replace(collective, predecessor.id(), successorId);
			this.history.record(collective, "member-replaced", predecessor.name(), successorName, actor, now);
		}
		this.successions.announce(new OrganisationSucceeded(predecessor.id(), successorId, reason, effective));
	}

}
