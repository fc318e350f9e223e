package org.luoshi.organisation.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.luoshi.organisation.OrganisationDirectory;
import org.luoshi.organisation.OrganisationDirectoryBeans;
import org.luoshi.organisation.OrganisationKind;
import org.luoshi.organisation.OrganisationRef;
import org.luoshi.testing.OnH2;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo directory holds every organisation the seed notice names, with the city
 * governments and 长白山管委会, and loading it again adds nothing.
 */
@OnH2
@JdbcTest
@Import({ OrganisationDirectoryBeans.class, DemoOrganisations.class })
class DemoOrganisationsTests {

	static final List<String> CITY_GOVERNMENTS = List.of("长春市政府", "吉林市政府", "四平市政府", "辽源市政府", "通化市政府", "白山市政府", "松原市政府",
			"白城市政府", "延边州政府");

	@Autowired
	DemoOrganisations demo;

	@Autowired
	OrganisationDirectory directory;

	@Autowired
	JdbcClient jdbc;

	@Test
	void entersEverySeedNameTheCityGovernmentsAndTheChangbaishanCommittee() {
		Set<String> seedNames = seedResponsibleNames();
		assertThat(seedNames).hasSize(81).containsAll(CITY_GOVERNMENTS);

		assertThat(this.demo.load()).isEqualTo(82);

		assertThat(this.directory.all()).hasSize(82);
		assertThat(this.directory.unknown(seedNames)).isEmpty();
		for (String name : seedNames) {
			assertThat(this.directory.resolve(name)).as(name).hasValueSatisfying((found) -> {
				assertThat(found.active()).isTrue();
				assertThat(found.regionId()).isNotNull();
			});
		}
		assertThat(this.directory.findByName("长白山管委会")).hasValueSatisfying(
				(committee) -> assertThat(committee.kind()).isEqualTo(OrganisationKind.DEVELOPMENT_ZONE_COMMITTEE));
		assertThat(this.directory.unknown(DemoOrganisations.read().stream().map(DemoOrganisations.Line::name).toList()))
			.isEmpty();
	}

	@Test
	void knowsTheOfficialNamesAndAliases() {
		this.demo.load();

		OrganisationRef drc = this.directory.findByName("省发展改革委").orElseThrow();
		assertThat(this.directory.findByName("省发改委")).contains(drc);
		assertThat(this.directory.findByName("吉林省发展和改革委员会")).contains(drc);
		assertThat(this.directory.findByName("吉林省农业委员会")).map(OrganisationRef::name).contains("省农委");
		assertThat(this.directory.findByName("吉林省人力资源和社会保障厅")).map(OrganisationRef::name).contains("省人力资源社会保障厅");
		assertThat(this.directory.findByName("吉林省国家税务局")).hasValueSatisfying((tax) -> {
			assertThat(tax.name()).isEqualTo("省国税局");
			assertThat(tax.kind()).isEqualTo(OrganisationKind.CENTRAL_VERTICAL_AGENCY);
		});
		assertThat(this.directory.findByName("延边朝鲜族自治州人民政府"))
			.hasValueSatisfying((yanbian) -> assertThat(yanbian.regionId()).isEqualTo(regionId("延边朝鲜族自治州")));
		assertThat(this.directory.findByName("省委宣传部")).map(OrganisationRef::kind)
			.contains(OrganisationKind.PARTY_ORGAN);
	}

	@Test
	void collectiveOfTheCitiesHasTheNineCityGovernmentsInOrder() {
		this.demo.load();

		OrganisationRef cities = this.directory.findByName("各市 （州）政府").orElseThrow();

		assertThat(cities.collective()).isTrue();
		assertThat(this.directory.findByName("各市（州）人民政府")).contains(cities);
		assertThat(this.directory.membersOf(cities.id())).extracting(OrganisationRef::name)
			.containsExactlyElementsOf(CITY_GOVERNMENTS);
	}

	@Test
	void loadingTwiceAddsNothing() {
		this.demo.load();
		List<Long> counts = counts();

		assertThat(this.demo.load()).isZero();

		assertThat(counts()).isEqualTo(counts);
	}

	@Test
	void takesTheRegionsFromTheGazetteer() {
		this.demo.load();

		assertThat(this.jdbc.sql("select name from region where parent_id = :jilin order by id")
			.param("jilin", regionId("吉林省"))
			.query(String.class)
			.list()).containsExactly("长春市", "吉林市", "四平市", "辽源市", "通化市", "白山市", "松原市", "白城市", "延边朝鲜族自治州");
	}

	private long regionId(String name) {
		return this.jdbc.sql("select id from region where name = :name").param("name", name).query(Long.class).single();
	}

	private List<Long> counts() {
		List<Long> counts = new ArrayList<>();
		for (String table : List.of("region", "organisation", "organisation_name", "organisation_member",
				"organisation_history")) {
			counts.add(this.jdbc.sql("select count(*) from " + table).query(Long.class).single());
		}
		return counts;
	}

	private static Set<String> seedResponsibleNames() {
		try (InputStream in = DemoOrganisationsTests.class
			.getResourceAsStream("/fixtures/jilin-12th-fyp-division.golden.json")) {
			JsonNode golden = JsonMapper.builder().build().readTree(in);
			Set<String> names = new LinkedHashSet<>();
			for (JsonNode chapter : golden.get("chapters")) {
				List<JsonNode> tasks = new ArrayList<>();
				chapter.get("tasks").forEach(tasks::add);
				chapter.get("sections").forEach((section) -> section.get("tasks").forEach(tasks::add));
				tasks.forEach((task) -> task.get("responsible").forEach((name) -> names.add(name.asString())));
			}
			return names;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
