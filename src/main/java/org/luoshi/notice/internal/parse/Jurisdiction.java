package org.luoshi.notice.internal.parse;

import org.luoshi.common.Vocabulary;

/**
 * The level of government that issued the notice and, where the gazetteer knows it, its
 * province: it decides whether 省X厅 is a provincial unit or what 各市（州）政府 stands for.
 *
 * @param level central, provincial, municipal or county
 * @param province the issuer's province, or null for the State Council or an unknown
 * issuer
 */
@Vocabulary("the names and endings of the issuing levels (北京市, 国务院, 县, 区), which the parser reads")
record Jurisdiction(Level level, Gazetteer.Province province) {

	enum Level {

		CENTRAL, PROVINCIAL, MUNICIPAL, COUNTY

	}

	private static final java.util.Set<String> MUNICIPALITIES = java.util.Set.of("北京市", "天津市", "上海市", "重庆市");

	/** Works out the jurisdiction from the issuer's name (吉林省人民政府, 国务院, 长春市人民政府). */
	static Jurisdiction of(String issuer) {
		if (issuer == null || issuer.isBlank()) {
			return new Jurisdiction(Level.PROVINCIAL, null);
		}
		String name = Normalized.compare(issuer);
		if (name.startsWith("国务院") || name.startsWith("中华人民共和国") || name.startsWith("中共中央")) {
			return new Jurisdiction(Level.CENTRAL, null);
		}
		Gazetteer gazetteer = Gazetteer.instance();
		Gazetteer.Province province = gazetteer.provinceAtStartOf(name);
		if (province != null) {
			String rest = name.startsWith(province.name()) ? name.substring(province.name().length()) : "";
			boolean district = MUNICIPALITIES.contains(province.name()) && COUNTY_AHEAD.matcher(rest).find();
			return new Jurisdiction(district ? Level.COUNTY : Level.PROVINCIAL, province);
		}
		Gazetteer.Province ofCity = gazetteer.provinceOfDivisionAtStartOf(name);
		if (ofCity != null) {
			Gazetteer.Division city = gazetteer.divisionAtStartOf(name, ofCity);
			String rest = name
				.substring(name.startsWith(city.name()) ? city.name().length() : city.shortName().length());
			return new Jurisdiction(COUNTY_AHEAD.matcher(rest).find() ? Level.COUNTY : Level.MUNICIPAL, ofCity);
		}
		if (COUNTY_AHEAD.matcher(name).find()) {
			return new Jurisdiction(Level.COUNTY, null);
		}
		if (CITY_AHEAD.matcher(name).find()) {
			return new Jurisdiction(Level.MUNICIPAL, null);
		}
		return new Jurisdiction(Level.PROVINCIAL, null);
	}

	private static final java.util.regex.Pattern COUNTY_AHEAD = java.util.regex.Pattern
		.compile("^[^省市州县区旗盟]{1,8}(县|区|旗)(人民政府|政府|委员会|办公室|$)");

	private static final java.util.regex.Pattern CITY_AHEAD = java.util.regex.Pattern
		.compile("^[^省县区旗]{1,10}(市|州|盟|地区)(人民政府|政府|委员会|办公室|$)");

	String unitKind() {
		return switch (level) {
			case CENTRAL -> org.luoshi.notice.OrganisationKinds.CENTRAL_UNIT;
			case PROVINCIAL -> org.luoshi.notice.OrganisationKinds.PROVINCIAL_UNIT;
			case MUNICIPAL -> org.luoshi.notice.OrganisationKinds.MUNICIPAL_UNIT;
			case COUNTY -> org.luoshi.notice.OrganisationKinds.COUNTY_UNIT;
		};
	}

}
