package org.luoshi.organisation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.luoshi.common.ComparedText;
import org.luoshi.organisation.internal.DirectoryAccess;
import org.luoshi.organisation.internal.HistoryStore;
import org.luoshi.organisation.internal.MemberStore;
import org.luoshi.organisation.internal.NameStore;
import org.luoshi.organisation.internal.OrganisationRecord;
import org.luoshi.organisation.internal.OrganisationSearch;
import org.luoshi.organisation.internal.OrganisationStore;
import org.luoshi.organisation.internal.Registration;
import org.luoshi.organisation.internal.Reorganisation;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The directory of responsible organisations: finds them by any name or alias as the
 * notices write them, follows renames and mergers to who acts today, and takes the
 * planning office's changes. Names are compared in {@link ComparedText} form; a name
 * never found is reported by {@link #unknown}, never entered silently.
 */
@Service
@Transactional(readOnly = true)
public class OrganisationDirectory {

	/** The order of the demo directory's loader among start-up runners. */
	public static final int DEMO_ORDER = 10;

	private final OrganisationStore organisations;

	private final NameStore names;

	private final MemberStore members;

	private final HistoryStore history;

	private final OrganisationSearch search;

	private final Registration registration;

	private final Reorganisation reorganisation;

	private final Clock clock;

	private final DirectoryAccess access;

	OrganisationDirectory(OrganisationStore organisations, NameStore names, MemberStore members, HistoryStore history,
			OrganisationSearch search, Registration registration, Reorganisation reorganisation, Clock clock,
			DirectoryAccess access) {
		this.access = access;
		this.organisations = organisations;
		this.names = names;
		this.members = members;
		this.history = history;
		this.search = search;
		this.registration = registration;
		this.reorganisation = reorganisation;
		this.clock = clock;
	}

	/** The organisation that bears the name, even if it no longer acts. */
	public Optional<OrganisationRef> findByName(String anyNameOrAlias) {
		return record(anyNameOrAlias).map(this::ref);
	}

	/** The organisation acting today for the one that bears the name. */
	public Optional<OrganisationRef> resolve(String name) {
		return record(name).map(this::current).map(this::ref);
	}

	/**
	 * @throws OrganisationNotFound if no organisation has the id
	 */
	public OrganisationRef get(long id) {
		return ref(require(id));
	}

	/**
	 * The organisations with these ids, in one query, in no particular order; an id that
	 * names none is left out.
	 */
	public List<OrganisationRef> getAll(Collection<Long> ids) {
		return ids.isEmpty() ? List.of()
				: this.organisations.findAll(List.copyOf(ids)).stream().map(this::ref).toList();
	}

	public List<OrganisationRef> all() {
		return this.organisations.all().stream().map(this::ref).toList();
	}

	/**
	 * One page of the directory, narrowed to a text in any name and to a kind if given.
	 */
	public OrganisationPage page(String text, OrganisationKind kind, int page, int size) {
		if (page < 0 || size < 1) {
			throw new IllegalArgumentException("Pages are numbered from 0 and hold at least one organisation");
		}
		List<OrganisationRef> found = this.search.page(text, kind, page, size).stream().map(this::ref).toList();
		return new OrganisationPage(found, page, size, this.search.count(text, kind));
	}

	/**
	 * What a picker offers for the text typed: up to {@code limit} organisations acting
	 * today with a name containing it, but those excepted, the shortest names first.
	 */
	public List<OrganisationRef> choices(String text, Collection<Long> except, int limit) {
		if (limit < 1) {
			throw new IllegalArgumentException("A picker offers at least one organisation");
		}
		return this.search.choices(text, except, LocalDate.now(this.clock), limit).stream().map(this::ref).toList();
	}

	/**
	 * The organisations of the kind acting today in these regions (the city governments
	 * of a province's cities, say), collective names left out.
	 */
	public List<OrganisationRef> actingIn(Collection<Long> regionIds, OrganisationKind kind) {
		return regionIds.isEmpty() ? List.of()
				: this.organisations.actingIn(List.copyOf(regionIds), kind, LocalDate.now(this.clock))
					.stream()
					.map(this::ref)
					.toList();
	}

	/** The members of a collective name in order; none for any other organisation. */
	public List<OrganisationRef> membersOf(long collectiveId) {
		require(collectiveId);
		return refs(this.members.membersOf(collectiveId));
	}

	/**
	 * The collectives the organisation is a member of (各市（州）政府 for a city): a task given
	 * to one of them is its task too.
	 */
	public List<OrganisationRef> collectivesOf(long memberId) {
		return refs(this.members.collectivesOf(memberId));
	}

	/** Every name the organisation bears, as written: the name used first. */
	public List<String> names(long id) {
		require(id);
		return this.names.namesOf(id).stream().map(OrganisationName::name).toList();
	}

	public List<OrganisationChange> history(long id) {
		require(id);
		return this.history.of(id);
	}

	public OrganisationDetails details(long id) {
		OrganisationRecord organisation = require(id);
		OrganisationRef successor = (organisation.successorId() != null) ? get(organisation.successorId()) : null;
		return new OrganisationDetails(ref(organisation), organisation.activeFrom(), organisation.activeTo(),
				organisation.version(), this.names.namesOf(id), refs(this.members.membersOf(id)),
				this.organisations.predecessorsOf(id).stream().map(this::ref).toList(), successor, this.history.of(id));
	}

	/** Those of the names that no organisation bears, in the order given, each once. */
	public List<String> unknown(Collection<String> names) {
		Set<String> compared = new HashSet<>();
		names.forEach((name) -> compared.add(ComparedText.of(name)));
		Set<String> known = this.names.known(compared);
		Set<String> reported = new HashSet<>();
		List<String> unknown = new ArrayList<>();
		for (String name : new LinkedHashSet<>(names)) {
			String form = ComparedText.of(name);
			if (!known.contains(form) && reported.add(form)) {
				unknown.add(name);
			}
		}
		return unknown;
	}

	@Transactional
	public OrganisationRef create(NewOrganisation organisation, String actor) {
		this.access.change();
		return get(this.registration.create(organisation, actor));
	}

	@Transactional
	public void addAlias(long id, String alias, String actor) {
		this.access.change();
		this.registration.addAlias(id, null, alias, actor);
	}

	/** Adds the alias only if the organisation is still at the version the caller saw. */
	@Transactional
	public void addAlias(long id, int expectedVersion, String alias, String actor) {
		this.access.change();
		this.registration.addAlias(id, expectedVersion, alias, actor);
	}

	/**
	 * Renames the organisation in an institutional reform: a successor bearing the new
	 * name, of the same kind and region, acts from {@code effective}; the old
	 * organisation keeps its names and ends the day before.
	 * @return the successor
	 */
	@Transactional
	public OrganisationRef rename(long id, String newName, LocalDate effective, String actor) {
		this.access.change();
		return get(this.reorganisation.rename(id, null, newName, effective, actor));
	}

	/** Renames only if the organisation is still at the version the caller saw. */
	@Transactional
	public OrganisationRef rename(long id, int expectedVersion, String newName, LocalDate effective, String actor) {
		this.access.change();
		return get(this.reorganisation.rename(id, expectedVersion, newName, effective, actor));
	}

	/** Merges the predecessors into an organisation already in the directory. */
	@Transactional
	public void merge(List<Long> predecessors, long successor, LocalDate effective, String actor) {
		this.access.change();
		this.reorganisation.merge(predecessors, successor, effective, actor);
	}

	/**
	 * Merges the predecessors into a new organisation, entered first and acting from
	 * {@code effective} unless it says otherwise.
	 * @return the new successor
	 */
	@Transactional
	public OrganisationRef mergeIntoNew(List<Long> predecessors, NewOrganisation successor, LocalDate effective,
			String actor) {
		this.access.change();
		this.reorganisation.predecessors(predecessors, null, effective);
		NewOrganisation starting = (successor.activeFrom() != null) ? successor
				: new NewOrganisation(successor.name(), successor.officialName(), successor.aliases(), successor.kind(),
						successor.regionId(), effective, successor.memberIds());
		long id = this.registration.create(starting, actor);
		this.reorganisation.merge(predecessors, id, effective, actor);
		return get(id);
	}

	private Optional<OrganisationRecord> record(String name) {
		String compared = ComparedText.of(name);
		return compared.isEmpty() ? Optional.empty() : this.organisations.findByComparedName(compared);
	}

	// Follows successors while the organisation no longer acts; a rename that takes
	// effect later leaves the old organisation acting until then.
	private OrganisationRecord current(OrganisationRecord organisation) {
		LocalDate today = LocalDate.now(this.clock);
		Set<Long> seen = new HashSet<>();
		OrganisationRecord current = organisation;
		while (!current.activeOn(today) && current.successorId() != null && seen.add(current.id())) {
			current = require(current.successorId());
		}
		return current;
	}

	private OrganisationRecord require(long id) {
		return this.organisations.find(id).orElseThrow(() -> new OrganisationNotFound(id));
	}

	private List<OrganisationRef> refs(List<Long> ids) {
		List<OrganisationRecord> found = this.organisations.findAll(ids);
		return ids.stream()
			.map((id) -> found.stream().filter((r) -> r.id() == id).findFirst().orElseThrow())
			.map(this::ref)
			.toList();
	}

	private OrganisationRef ref(OrganisationRecord organisation) {
		return organisation.ref(LocalDate.now(this.clock));
	}

}
