package org.luoshi.indicator.internal;

import java.util.List;

import org.luoshi.indicator.CityShare;
import org.luoshi.indicator.Decomposition;
import org.luoshi.indicator.DecompositionCheck;
import org.luoshi.organisation.OrganisationDirectory;
import org.luoshi.organisation.RegionRef;

import org.springframework.stereotype.Component;

/**
 * Builds a decomposition as screens read it: the city shares by name, the check, the
 * steps.
 */
@Component
public class DecompositionViews {

	private final DecompositionStore decompositions;

	private final OrganisationDirectory directory;

	private final Regions regions;

	DecompositionViews(DecompositionStore decompositions, OrganisationDirectory directory, Regions regions) {
		this.decompositions = decompositions;
		this.directory = directory;
		this.regions = regions;
	}

	public List<CityShare> shares(long id) {
		return this.decompositions.shares(id)
			.stream()
			.map((s) -> new CityShare(s.organisationId(), this.directory.get(s.organisationId()).name(), s.regionId(),
					(s.regionId() != null) ? this.regions.find(s.regionId()).map(RegionRef::name).orElse(null) : null,
					s.target(), s.weight()))
			.toList();
	}

	public Decomposition view(DecompositionStore.Stored stored, IndicatorRecord indicator) {
		List<CityShare> shares = shares(stored.id());
		DecompositionCheck check = DecompositionCheck.of(stored.method(), indicator.kind(), indicator.target(), shares);
		return new Decomposition(stored.id(), indicator.id(), indicator.name(), indicator.kind().code(),
				indicator.unit(), indicator.target(), stored.state(), stored.returnedReason(), stored.version(), shares,
				check, this.decompositions.steps(stored.id()), stored.illustrative());
	}

}
