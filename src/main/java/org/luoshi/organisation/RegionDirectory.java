package org.luoshi.organisation;

import java.util.List;
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
	 * Every region the directory holds: the provinces it was given and their divisions.
	 */
	public List<RegionRef> all() {
		return this.regions.all();
	}

}
