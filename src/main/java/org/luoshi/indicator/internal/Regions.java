package org.luoshi.indicator.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.luoshi.common.ComparedText;
import org.luoshi.organisation.OrganisationDirectory;
import org.luoshi.organisation.OrganisationKind;
import org.luoshi.organisation.OrganisationRef;
import org.luoshi.organisation.RegionDirectory;
import org.luoshi.organisation.RegionRef;

import org.springframework.stereotype.Component;

/**
 * The regions an indicator concerns: the province of the government that issued the
 * notice, and the cities within it with the governments that answer for their shares.
 */
@Component
public class Regions {

	/** A city (or prefecture) and its government. */
	public record City(long organisationId, String organisation, long regionId, String region) {
	}

	private final RegionDirectory regions;

	private final OrganisationDirectory organisations;

	Regions(RegionDirectory regions, OrganisationDirectory organisations) {
		this.regions = regions;
		this.organisations = organisations;
	}

	/**
	 * The region of the issuing government: the directory's if it knows the issuer, else
	 * the region whose full name the issuer's name begins with (吉林省人民政府 → 吉林省).
	 */
	public Optional<Long> ofIssuer(String issuer) {
		if (issuer == null || issuer.isBlank()) {
			return Optional.empty();
		}
		Optional<Long> known = this.organisations.resolve(issuer).map(OrganisationRef::regionId);
		if (known.isPresent()) {
			return known;
		}
		String compared = ComparedText.of(issuer);
		return this.regions.all()
			.stream()
			.filter((r) -> compared.startsWith(ComparedText.of(r.name())))
			.max(Comparator.comparingInt((RegionRef r) -> r.name().length()))
			.map(RegionRef::id);
	}

	/**
	 * The cities of the region that have a government in the directory, in official
	 * order.
	 */
	public List<City> citiesOf(long regionId) {
		List<RegionRef> divisions = this.regions.divisionsOf(regionId);
		Map<Long, OrganisationRef> governments = this.organisations
			.actingIn(divisions.stream().map(RegionRef::id).toList(), OrganisationKind.CITY_GOVERNMENT)
			.stream()
			.collect(Collectors.toMap(OrganisationRef::regionId, Function.identity(), (a, b) -> a));
		return divisions.stream()
			.filter((d) -> governments.containsKey(d.id()))
			.map((d) -> new City(governments.get(d.id()).id(), governments.get(d.id()).name(), d.id(), d.name()))
			.toList();
	}

	public Optional<RegionRef> find(long id) {
		return this.regions.find(id);
	}

	/** The region called so, by full or short name (长春市, 延边州). */
	public Optional<RegionRef> findByName(String name) {
		return this.regions.findByName(name.strip());
	}

}
