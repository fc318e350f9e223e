package org.luoshi.organisation.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.luoshi.organisation.NewOrganisation;
import org.luoshi.organisation.OrganisationDirectory;
import org.luoshi.organisation.OrganisationKind;
import org.luoshi.organisation.OrganisationRef;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enters the demo directory from the data file {@code demo/jilin-organisations.tsv}: the
 * organisations the seed notice names, with their official names, aliases, regions and
 * the members of 各市（州）政府. An organisation already there is left as it is, so loading
 * twice adds nothing.
 */
@Component
public class DemoOrganisations {

	static final String FILE = "demo/jilin-organisations.tsv";

	private static final String ACTOR = "demo";

	/** One line of the file. */
	record Line(String name, OrganisationKind kind, String officialName, List<String> aliases, String region,
			List<String> members) {
	}

	private final OrganisationDirectory directory;

	private final RegionStore regions;

	public DemoOrganisations(OrganisationDirectory directory, RegionStore regions) {
		this.directory = directory;
		this.regions = regions;
	}

	/**
	 * @return how many organisations were entered
	 */
	@Transactional
	public int load() {
		List<Line> lines = read();
		RegionCatalogue catalogue = RegionCatalogue.load();
		lines.stream()
			.map(Line::region)
			.distinct()
			.forEach((region) -> this.regions.ensure(catalogue.provinceOf(region)
				.orElseThrow(() -> new IllegalStateException(FILE + " names an unknown region: " + region))));
		int entered = 0;
		// collectives last: their members must be there first
		for (Line line : lines.stream().sorted((a, b) -> Boolean.compare(collective(a), collective(b))).toList()) {
			if (this.directory.findByName(line.name()).isEmpty()) {
				this.directory.create(organisation(line), ACTOR);
				entered++;
			}
		}
		return entered;
	}

	private NewOrganisation organisation(Line line) {
		Long region = this.regions.idOf(line.region()).orElseThrow();
		List<Long> members = line.members()
			.stream()
			.map((member) -> this.directory.findByName(member)
				.map(OrganisationRef::id)
				.orElseThrow(() -> new IllegalStateException(FILE + " names an unknown member: " + member)))
			.toList();
		return new NewOrganisation(line.name(), line.officialName(), line.aliases(), line.kind(), region, null,
				members);
	}

	private static boolean collective(Line line) {
		return !line.members().isEmpty();
	}

	static List<Line> read() {
		String text;
		try {
			text = new ClassPathResource(FILE).getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + FILE, ex);
		}
		List<Line> lines = new ArrayList<>();
		boolean header = true;
		for (String row : text.split("\n")) {
			if (row.isBlank() || row.startsWith("#")) {
				continue;
			}
			if (header) {
				header = false;
				continue;
			}
			String[] f = Arrays.copyOf(row.split("\t", -1), 6);
			lines.add(new Line(f[0].strip(), OrganisationKind.fromCode(f[1].strip()), blankToNull(f[2]), list(f[3]),
					f[4].strip(), list(f[5])));
		}
		return lines;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	private static List<String> list(String value) {
		return (value == null || value.isBlank()) ? List.of()
				: Arrays.stream(value.split("\\|")).map(String::strip).filter((s) -> !s.isEmpty()).toList();
	}

}
