package org.luoshi.organisation.internal;

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
import java.util.Optional;

import org.springframework.core.io.ClassPathResource;

/**
 * China's provinces and their prefecture-level divisions, read from the data file
 * {@code regions/cn-prefectures.tsv}, so that the directory can enter the regions an
 * organisation belongs to without naming any of them in code.
 */
public final class RegionCatalogue {

	static final String FILE = "regions/cn-prefectures.tsv";

	/** A province with its divisions in official order. */
	public record Province(String name, String shortName, List<Division> divisions) {

		boolean isCalled(String region) {
			return this.name.equals(region) || this.shortName.equals(region);
		}

	}

	/**
	 * A division of a province; {@code shortName} is the form used before 政府 (延边州);
	 * districts and counties of the municipalities are county-level, all others city.
	 */
	public record Division(String name, String shortName, String kind) {

		boolean isCalled(String region) {
			return this.name.equals(region) || this.shortName.equals(region);
		}

		String level() {
			return (this.kind.equals("district") || this.kind.equals("county")) ? "county" : "city";
		}

	}

	private final Map<String, Province> provinces;

	private RegionCatalogue(Map<String, Province> provinces) {
		this.provinces = provinces;
	}

	/** The province that is called so or has a division called so. */
	public Optional<Province> provinceOf(String region) {
		return this.provinces.values()
			.stream()
			.filter((p) -> p.isCalled(region) || p.divisions().stream().anyMatch((d) -> d.isCalled(region)))
			.findFirst();
	}

	public static RegionCatalogue load() {
		Map<String, Province> provinces = new LinkedHashMap<>();
		try (InputStream in = new ClassPathResource(FILE).getInputStream();
				BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			boolean header = true;
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				if (header) {
					header = false;
					continue;
				}
				String[] f = line.split("\t");
				provinces.computeIfAbsent(f[0], (name) -> new Province(name, f[1], new ArrayList<>()))
					.divisions()
					.add(new Division(f[2], f[3], f[4]));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + FILE, ex);
		}
		return new RegionCatalogue(provinces);
	}

}
