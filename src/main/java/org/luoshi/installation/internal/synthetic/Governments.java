package org.luoshi.installation.internal.synthetic;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.luoshi.common.Vocabulary;

/**
 * The governments of the first provinces of the gazetteer
 * ({@code regions/cn-prefectures.tsv}): each province, its prefectures with the real
 * names, and under every prefecture four to thirteen counties with generated names (about
 * 8.5 on average, as in China: some 2,800 counties under 333 prefectures); a
 * municipality's districts are its counties. Every government's plan has about the tasks
 * asked, between 60 % and 140 % of them.
 */
@Vocabulary("the level words and suffixes of Chinese place names")
final class Governments {

	/** As many provinces as the gazetteer has. */
	static final int MAX_PROVINCES = 31;

	private Governments() {
	}

	record Division(String name, String shortName, String kind) {
	}

	static List<Government> of(int provinces, int tasksPerPlan, Random random, List<String> syllables) {
		Map<String, String> shortNames = new LinkedHashMap<>();
		Map<String, List<Division>> divisions = new LinkedHashMap<>();
		Set<String> used = new HashSet<>();
		SyntheticWords.lines("regions/cn-prefectures.tsv", (cells) -> {
			if (cells[0].equals("province")) {
				return;
			}
			shortNames.putIfAbsent(cells[0], cells[1]);
			divisions.computeIfAbsent(cells[0], (p) -> new ArrayList<>())
				.add(new Division(cells[2], cells[3], cells[4]));
			used.add(cells[2]);
			used.add(cells[3]);
		});
		List<Government> all = new ArrayList<>();
		for (String province : divisions.keySet().stream().limit(provinces).toList()) {
			Government top = new Government(all.size(), null, "province", province, shortNames.get(province),
					provinceWord(province), tasks(tasksPerPlan, random));
			all.add(top);
			for (Division division : divisions.get(province)) {
				boolean county = division.kind().equals("district") || division.kind().equals("county");
				Government government = new Government(all.size(), top, county ? "county" : "city", division.name(),
						division.shortName(), county ? countyWord(division.name()) : prefectureWord(division.kind()),
						tasks(tasksPerPlan, random));
				all.add(government);
				if (!county) {
					int counties = 4 + random.nextInt(10);
					for (int i = 0; i < counties; i++) {
						String shortName = countyName(random, syllables, used);
						String name = shortName + ((random.nextInt(10) < 7) ? "县" : "区");
						used.add(name);
						all.add(new Government(all.size(), government, "county", name, shortName,
								name.substring(name.length() - 1), tasks(tasksPerPlan, random)));
					}
				}
			}
		}
		return all;
	}

	private static int tasks(int mean, Random random) {
		return Math.max(1, (int) Math.round(mean * (0.6 + 0.8 * random.nextDouble())));
	}

	private static String countyName(Random random, List<String> syllables, Set<String> used) {
		while (true) {
			String name = syllables.get(random.nextInt(syllables.size()))
					+ syllables.get(random.nextInt(syllables.size()));
			if (!used.contains(name) && !used.contains(name + "县") && !used.contains(name + "区")
					&& name.charAt(0) != name.charAt(1)) {
				used.add(name);
				return name;
			}
		}
	}

	private static String provinceWord(String province) {
		if (province.endsWith("自治区")) {
			return "自治区";
		}
		return province.endsWith("市") ? "市" : "省";
	}

	private static String prefectureWord(String kind) {
		return switch (kind) {
			case "autonomous-prefecture" -> "州";
			case "league" -> "盟";
			case "region" -> "地区";
			default -> "市";
		};
	}

	private static String countyWord(String name) {
		return name.endsWith("区") ? "区" : "县";
	}

}
