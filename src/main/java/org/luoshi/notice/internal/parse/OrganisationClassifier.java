package org.luoshi.notice.internal.parse;

import java.util.List;

import org.luoshi.common.Vocabulary;
import org.luoshi.notice.OrganisationKinds;
import org.luoshi.notice.ResponsibilityRole;
import org.luoshi.notice.ResponsibleOrganisation;

/**
 * Tells from a name and the issuing jurisdiction what kind of organisation it is (a unit
 * of the issuing government, a city or county government) and what a collective name
 * stands for.
 */
@Vocabulary("the words that tell a government, a province or a collective name apart (人民政府, 各市, 自治区)")
final class OrganisationClassifier {

	private final Jurisdiction jurisdiction;

	OrganisationClassifier(Jurisdiction jurisdiction) {
		this.jurisdiction = jurisdiction;
	}

	/**
	 * A notice names the same organisations again and again: each name is classified
	 * once.
	 */
	private final java.util.Map<String, ResponsibleOrganisation> classified = new java.util.HashMap<>();

	/**
	 * An organisation whose name the clause writes as {@code written} (城乡建设委 for 市城乡建设委).
	 */
	ResponsibleOrganisation classify(String name, ResponsibilityRole role, String written) {
		ResponsibleOrganisation known = classified.computeIfAbsent(name, this::classifyOnce);
		return known.role() == role && known.written().equals(written) ? known : new ResponsibleOrganisation(name, role,
				known.kind(), known.collective(), known.expandsTo(), written, false);
	}

	private ResponsibleOrganisation classifyOnce(String name) {
		String compared = Normalized.compare(name);
		boolean collective = OrganisationNames.isCollective(compared);
		return new ResponsibleOrganisation(name, ResponsibilityRole.RESPONSIBLE, kind(compared), collective,
				collective ? members(compared) : List.of());
	}

	private String kind(String name) {
		boolean government = name.endsWith("政府") || name.endsWith("行政公署");
		if (!government) {
			return jurisdiction.unitKind();
		}
		if (name.contains("省级") || name.startsWith("各省") || name.contains("自治区") && !name.contains("自治区各")) {
			return OrganisationKinds.PROVINCIAL_GOVERNMENT;
		}
		String place = OrganisationNames.withoutTrailingGroup(name.replaceAll("(人民)?政府$", ""));
		if (place.endsWith("县") || place.endsWith("旗") || place.endsWith("区") && !place.endsWith("地区")) {
			return OrganisationKinds.COUNTY_GOVERNMENT;
		}
		if (place.endsWith("省")) {
			return OrganisationKinds.PROVINCIAL_GOVERNMENT;
		}
		if (place.endsWith("市") && jurisdiction.level() == Jurisdiction.Level.MUNICIPAL && !place.startsWith("各")) {
			// in a city's notice, a 市 under it is a county-level city
			return OrganisationKinds.COUNTY_GOVERNMENT;
		}
		return OrganisationKinds.CITY_GOVERNMENT;
	}

	/** The governments a collective name stands for, where the gazetteer knows them. */
	private List<String> members(String name) {
		if (!name.endsWith("政府")) {
			return List.of();
		}
		String suffix = name.endsWith("人民政府") ? "人民政府" : "政府";
		String place = name.substring(0, name.length() - suffix.length());
		if (jurisdiction.level() == Jurisdiction.Level.CENTRAL
				&& (place.contains("省") || place.contains("自治区") || place.contains("直辖市"))) {
			return Gazetteer.instance().provinces().stream().map(p -> p.name() + suffix).toList();
		}
		Gazetteer.Province province = jurisdiction.province();
		if (province == null || jurisdiction.level() != Jurisdiction.Level.PROVINCIAL) {
			return List.of();
		}
		boolean cities = place.startsWith("各市") || place.startsWith("各地") || place.startsWith("各州")
				|| place.startsWith("各盟") || place.startsWith("各区");
		if (!cities || place.contains("县") && !place.startsWith("各区")) {
			return List.of();
		}
		return province.divisions().stream().map(d -> d.shortName() + suffix).toList();
	}

}
