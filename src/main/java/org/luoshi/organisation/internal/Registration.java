package org.luoshi.organisation.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.luoshi.common.ComparedText;
import org.luoshi.organisation.NameIsBlank;
import org.luoshi.organisation.NameType;
import org.luoshi.organisation.NewOrganisation;
import org.luoshi.organisation.OrganisationNotFound;
import org.luoshi.organisation.RegionNotFound;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * Enters organisations in the directory and gives them further aliases, refusing a name
 * some other organisation bears and recording each change in the history.
 */
@Component
public class Registration {

	private final OrganisationStore organisations;

	private final NameStore names;

	private final MemberStore members;

	private final RegionStore regions;

	private final HistoryStore history;

	private final Clock clock;

	public Registration(OrganisationStore organisations, NameStore names, MemberStore members, RegionStore regions,
			HistoryStore history, Clock clock) {
		this.organisations = organisations;
		this.names = names;
		this.members = members;
		this.regions = regions;
		this.history = history;
		this.clock = clock;
	}

	public long create(NewOrganisation command, String actor) {
		Objects.requireNonNull(command.kind(), "kind");
		Map<String, NameType> names = namesOf(command);
		names.keySet().forEach(this.names::requireFree);
		if (command.regionId() != null && !this.regions.exists(command.regionId())) {
			throw new RegionNotFound(command.regionId());
		}
		List<OrganisationRecord> memberRecords = this.organisations.findAll(command.memberIds());
		command.memberIds()
			.stream()
			.filter((id) -> memberRecords.stream().noneMatch((m) -> m.id() == id))
			.findFirst()
			.ifPresent((missing) -> {
				throw new OrganisationNotFound(missing);
			});
		Instant now = this.clock.instant();
		long id = this.organisations.insert(command.name().strip(), command.kind(), command.regionId(),
				command.collective(), command.activeFrom(), now);
		this.history.record(id, "created", null, command.name().strip(), actor, now);
		names.forEach((name, type) -> {
			if (this.names.add(id, name, type) && !name.equals(command.name())) {
				this.history.record(id, "name-added", null, name.strip(), actor, now);
			}
		});
		for (long memberId : new LinkedHashSet<>(command.memberIds())) {
			this.members.add(id, memberId);
			this.history.record(id, "member-added", null, nameOf(memberRecords, memberId), actor, now);
		}
		return id;
	}

	/** Gives the organisation one more name; a name it already bears changes nothing. */
	public void addAlias(long id, Integer expectedVersion, String alias, String actor) {
		OrganisationRecord organisation = this.organisations.find(id).orElseThrow(() -> new OrganisationNotFound(id));
		int version = (expectedVersion != null) ? expectedVersion : organisation.version();
		if (version != organisation.version()) {
			throw new OptimisticLockingFailureException("Organisation " + id + " is no longer at version " + version);
		}
		if (this.names.add(id, alias, NameType.ALIAS)) {
			this.organisations.touch(id, version);
			this.history.record(id, "alias-added", null, alias.strip(), actor, this.clock.instant());
		}
	}

	// The name the office uses comes first; it is the short name when the official name
	// is known and differs. Repeats of one name in compared form count once.
	private static Map<String, NameType> namesOf(NewOrganisation command) {
		String name = Objects.requireNonNullElse(command.name(), "");
		String officialName = command.officialName();
		boolean official = officialName != null && !ComparedText.of(officialName).isEmpty()
				&& !ComparedText.of(officialName).equals(ComparedText.of(name));
		Map<String, NameType> all = new LinkedHashMap<>();
		all.put(name, official ? NameType.SHORT : NameType.OFFICIAL);
		if (official) {
			all.putIfAbsent(officialName, NameType.OFFICIAL);
		}
		command.aliases().forEach((alias) -> all.putIfAbsent(alias, NameType.ALIAS));
		Map<String, String> seen = new LinkedHashMap<>();
		Map<String, NameType> names = new LinkedHashMap<>();
		all.forEach((written, type) -> {
			String compared = ComparedText.of(written);
			if (compared.isEmpty()) {
				throw new NameIsBlank();
			}
			if (seen.putIfAbsent(compared, written) == null) {
				names.put(written, type);
			}
		});
		return names;
	}

	private static String nameOf(List<OrganisationRecord> records, long id) {
		return records.stream().filter((r) -> r.id() == id).findFirst().map(OrganisationRecord::name).orElseThrow();
	}

}
