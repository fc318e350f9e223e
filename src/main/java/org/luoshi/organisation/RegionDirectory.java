package org.luoshi.organisation;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.luoshi.organisation.internal.RegionStore;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The regions organisations belong to, read-only for other modules: a province and the
 * cities within it, which is what a provincial target is split among.
 */
@Service
@Transactional(readOnly = true)
public class RegionDirectory {

	private final RegionStore regions;

	RegionDirectory(RegionStore regions) {
		this.regions = regions;
	}

	public Optional<RegionRef> find(long id) {
		return this.regions.find(id);
	}

	/** The region with this name or short name (长春市, 延边州). */
	public Optional<RegionRef> findByName(String name) {
		return this.regions.idOf(name).flatMap(this.regions::find);
	}

	/** The cities and counties directly within the region, in official order. */
	public List<RegionRef> divisionsOf(long id) {
		return this.regions.divisionsOf(id);
	}

	/**
	 * What a picker offers for the text typed: up to {@code limit} regions whose name or
	 * short name contains it, the shortest names first, each named with its province or
	 * city (吉林省 长春市).
	 */
	public List<RegionChoice> choices(String text, int limit) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		return this.regions.search(text, limit).stream().map(RegionDirectory::choice).toList();
	}

	/**
	 * These regions, each named with its province or city, by id; an unknown id is left
	 * out.
	 */
	public Map<Long, RegionChoice> named(Collection<Long> ids) {
		Map<Long, RegionChoice> named = new LinkedHashMap<>();
		if (!ids.isEmpty()) {
			this.regions.named(ids).forEach((r) -> named.put(r.id(), choice(r)));
		}
		return named;
	}

	private static RegionChoice choice(RegionStore.Named region) {
		return new RegionChoice(region.id(),
				(region.parent() != null) ? region.parent() + " " + region.name() : region.name());
	}

	/**
	 * Every region the directory holds: the provinces it was given and their divisions.
	 */
	public List<RegionRef> all() {
		return this.regions.all();
	}

}
