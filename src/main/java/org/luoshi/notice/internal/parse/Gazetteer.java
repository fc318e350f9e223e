package org.luoshi.notice.internal.parse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.luoshi.common.Vocabulary;

/**
 * China's provinces and their prefecture-level divisions (for the four municipalities:
 * districts and counties), from the data file {@code regions/cn-prefectures.tsv}. It lets
 * the importer expand 各市（州）政府 in any province's notice without naming any province in
 * code.
 */
@Vocabulary("the endings of province, city and county names (省, 自治区, 人民政府), which the parser matches against the gazetteer")
final class Gazetteer {

	/** A province or autonomous region with its divisions in official order. */
	record Province(String name, String shortName, List<Division> divisions) {
	}

	/**
	 * A prefecture-level division; {@code shortName} is the form used before 政府 (延边州).
	 */
	record Division(String name, String shortName, String kind) {
	}

	private static final Gazetteer INSTANCE = load();

	private final Map<String, Province> provinces;

	/**
	 * Every province and division by its full and short name and its stem (长春 of 长春市, 延边
	 * of 延边州): the forms a department's name may start with.
	 */
	private final java.util.Set<String> places = new java.util.HashSet<>();

	private Gazetteer(Map<String, Province> provinces) {
		this.provinces = provinces;
		for (Province p : provinces.values()) {
			addPlace(p.name());
			addPlace(p.shortName());
			for (Division d : p.divisions()) {
				addPlace(d.name());
				addPlace(d.shortName());
			}
		}
	}

	private void addPlace(String name) {
		places.add(name);
		String stem = name.replaceAll("(市|州|盟|地区|区|县)$", "");
		if (stem.length() >= 2) {
			places.add(stem);
		}
	}

	/**
	 * Whether a name starts with a province or a prefecture-level division: 吉林银保监局, 长春海关,
	 * 延边州林业局.
	 */
	boolean startsWithPlace(String text) {
		for (int length = 2; length <= Math.min(text.length() - 1, PLACE_MAX_LENGTH); length++) {
			if (places.contains(text.substring(0, length))) {
				return true;
			}
		}
		return false;
	}

	/** Longer than any province's or division's name the gazetteer holds. */
	private static final int PLACE_MAX_LENGTH = 16;

	static Gazetteer instance() {
		return INSTANCE;
	}

	List<Province> provinces() {
		return List.copyOf(provinces.values());
	}

	/** The province a name starts with: 吉林省人民政府 → 吉林省; 吉林市人民政府 and 海南州 → none. */
	Province provinceAtStartOf(String text) {
		for (Province p : provinces.values()) {
			if (text.startsWith(p.name())) {
				return p;
			}
		}
		for (Province p : provinces.values()) {
			if (text.startsWith(p.shortName())) {
				String rest = text.substring(p.shortName().length());
				if (rest.startsWith("省") || rest.startsWith("人民政府") || rest.startsWith("政府")
						|| rest.startsWith("自治区")) {
					return p;
				}
			}
		}
		return null;
	}

	/** The division a name starts with (长春市人民政府 → 长春市), or null. */
	Division divisionAtStartOf(String text, Province province) {
		for (Division d : province.divisions()) {
			if (text.startsWith(d.name()) || text.startsWith(d.shortName())) {
				return d;
			}
		}
		return null;
	}

	/** The province that has a division whose full or short name the text starts with. */
	Province provinceOfDivisionAtStartOf(String text) {
		for (Province p : provinces.values()) {
			for (Division d : p.divisions()) {
				if (text.startsWith(d.name()) || text.startsWith(d.shortName())) {
					return p;
				}
			}
		}
		return null;
	}

	private static Gazetteer load() {
		Map<String, Province> provinces = new LinkedHashMap<>();
		try (InputStream in = Gazetteer.class.getResourceAsStream("/regions/cn-prefectures.tsv")) {
			if (in == null) {
				return new Gazetteer(provinces);
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			String line;
			boolean header = true;
			while ((line = reader.readLine()) != null) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				if (header) {
					header = false;
					continue;
				}
				String[] f = line.split("\t");
				Province p = provinces.computeIfAbsent(f[0], name -> new Province(name, f[1], new ArrayList<>()));
				p.divisions().add(new Division(f[2], f[3], f[4]));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new Gazetteer(provinces);
	}

}
