package org.luoshi.indicator.web;

import java.util.List;

import org.luoshi.indicator.CityShare;
import org.luoshi.indicator.Decomposition;

/**
 * One city's row of the decomposition page: its government and region, and its target and
 * weight as stored, or as typed when the form comes back refused, so that nobody types
 * the same nine figures twice.
 */
record CityRow(long organisationId, String organisation, String region, String target, String weight) {

	static List<CityRow> of(Decomposition split, CityTargetsForm typed) {
		return split.shares().stream().map((share) -> of(share, typed)).toList();
	}

	private static CityRow of(CityShare share, CityTargetsForm typed) {
		String target = CheckWords.plain(share.target());
		String weight = CheckWords.plain(share.weight());
		if (typed != null) {
			target = orElse(typed.entered("target", share.organisationId()), target);
			weight = orElse(typed.entered("weight", share.organisationId()), weight);
		}
		return new CityRow(share.organisationId(), share.organisation(), share.region(), target, weight);
	}

	private static String orElse(String typed, String stored) {
		return (typed != null && !typed.isBlank()) ? typed : stored;
	}

}
