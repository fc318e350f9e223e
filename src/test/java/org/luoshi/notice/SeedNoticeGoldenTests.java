package org.luoshi.notice;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The importer against the hand-checked extraction of the seed notice, field by field
 * after the fixture's normalisation, through the JSON the command line prints: every
 * difference is listed, and there must be none.
 */
class SeedNoticeGoldenTests {

	private static JsonNode golden;

	private static JsonNode parsed;

	@BeforeAll
	static void parseSeed() {
		JsonMapper mapper = JsonMapper.builder().build();
		golden = mapper.readTree(NoticeFixtures.resource(NoticeFixtures.GOLDEN));
		parsed = mapper.readTree(NoticeJson.write(NoticeFixtures.parseSeed(), "seed"));
	}

	@Test
	void readsEveryTaskAsTheGoldenExtractionDoes() {
		List<JsonNode> expected = tasks(golden);
		List<JsonNode> actual = tasks(parsed);
		assertThat(actual).hasSize(146);
		assertThat(expected).hasSize(146);
		List<String> differences = new ArrayList<>();
		for (int i = 0; i < expected.size(); i++) {
			JsonNode e = expected.get(i);
			JsonNode a = actual.get(i);
			String id = e.get("id").asString();
			for (String field : List.of("id", "text", "responsibility_clause", "mode", "lead")) {
				compareText(differences, id + " " + field, e.get(field), a.get(field));
			}
			compareValue(differences, id + " open_ended", e.get("open_ended"), a.get("open_ended"));
			compareValue(differences, id + " line", e.get("line"), a.get("line"));
			compareNames(differences, id + " responsible", e.get("responsible"), a.get("responsible"));
			compareDetails(differences, id, e.get("responsible_details"), a.get("responsible_details"));
		}
		assertThat(differences).isEmpty();
	}

	@Test
	void readsThirteenChaptersAndFiftyThreeSectionsWithTheirTitles() {
		List<String> differences = new ArrayList<>();
		JsonNode expected = golden.get("chapters");
		JsonNode actual = parsed.get("chapters");
		assertThat(actual.size()).isEqualTo(13);
		for (int c = 0; c < expected.size(); c++) {
			JsonNode e = expected.get(c);
			JsonNode a = actual.get(c);
			compareValue(differences, "chapter " + c + " number", e.get("number"), a.get("number"));
			compareText(differences, "chapter " + c + " title", e.get("title"), a.get("title"));
			compareNames(differences, "chapter " + c + " notes", e.get("notes"), a.get("notes"));
			assertThat(a.get("sections").size()).as("sections of chapter %d", c + 1)
				.isEqualTo(e.get("sections").size());
			for (int s = 0; s < e.get("sections").size(); s++) {
				JsonNode es = e.get("sections").get(s);
				JsonNode as = a.get("sections").get(s);
				compareValue(differences, "section " + c + "." + s + " number", es.get("number"), as.get("number"));
				compareText(differences, "section " + c + "." + s + " title", es.get("title"), as.get("title"));
			}
		}
		assertThat(parsed.get("counts").get("sections").asInt()).isEqualTo(53);
		assertThat(differences).isEmpty();
	}

	@Test
	void readsAllSixteenBindingIndicators() {
		List<String> differences = new ArrayList<>();
		JsonNode expected = golden.get("binding_indicators");
		JsonNode actual = parsed.get("binding_indicators");
		assertThat(actual.size()).isEqualTo(16);
		for (int i = 0; i < expected.size(); i++) {
			JsonNode e = expected.get(i);
			JsonNode a = actual.get(i);
			String name = e.get("name").asString();
			for (String field : List.of("name", "kind", "unit", "task_id", "mode")) {
				compareText(differences, name + " " + field, e.get(field), a.get(field));
			}
			if (a.get("target").decimalValue().compareTo(e.get("target").decimalValue()) != 0) {
				differences.add(name + " target: expected " + e.get("target") + " but was " + a.get("target"));
			}
			compareValue(differences, name + " target_year", e.get("target_year"), a.get("target_year"));
			compareNames(differences, name + " responsible", e.get("responsible"), a.get("responsible"));
		}
		assertThat(differences).isEmpty();
	}

	@Test
	void readsThePlanTheIssuerAndTheWorkRequirements() {
		List<String> differences = new ArrayList<>();
		for (String field : List.of("issuer", "date")) {
			compareText(differences, field, golden.get(field), parsed.get(field));
		}
		compareText(differences, "plan title", golden.get("plan").get("title"), parsed.get("plan").get("title"));
		compareText(differences, "plan short title", golden.get("plan").get("short_title"),
				parsed.get("plan").get("short_title"));
		for (String field : List.of("start_year", "end_year", "baseline_year")) {
			compareValue(differences, field, golden.get("plan").get("period").get(field),
					parsed.get("plan").get("period").get(field));
		}
		compareNames(differences, "addressees", golden.get("addressees"), parsed.get("addressees"));
		for (String part : List.of("principles", "work_requirements")) {
			assertThat(parsed.get(part).size()).as(part).isEqualTo(golden.get(part).size());
			for (int i = 0; i < golden.get(part).size(); i++) {
				for (String field : List.of("title", "text")) {
					compareText(differences, part + " " + i + " " + field, golden.get(part).get(i).get(field),
							parsed.get(part).get(i).get(field));
				}
			}
		}
		compareNames(differences, "decomposed indicators",
				golden.get("binding_indicators_to_localities").get("indicators"),
				parsed.get("binding_indicators_to_localities").get("indicators"));
		assertThat(differences).isEmpty();
		assertThat(parsed.get("reporting").get("deadline").asString()).isEqualTo("--03-31");
		assertThat(parsed.get("reporting").get("to").asString()).isEqualTo("省政府");
		assertThat(parsed.get("evaluation").findValuesAsString("type")).containsExactly("annual-report",
				"mid-term-evaluation", "assessment");
		assertThat(parsed.get("evaluation").get(0).get("published").asBoolean()).isTrue();
		assertThat(parsed.get("evaluation").get(1).get("year").asInt()).isEqualTo(2013);
		assertThat(parsed.get("evaluation").findValuesAsString("by")).containsOnly("省发展改革委");
	}

	@Test
	void countsAsTheGoldenExtractionDoesAndWarnsAboutNothing() {
		JsonNode counts = golden.get("counts");
		for (String field : List.of("chapters", "sections", "tasks", "binding_indicators", "distinct_responsible")) {
			assertThat(parsed.get("counts").get(field).asInt()).as(field).isEqualTo(counts.get(field).asInt());
		}
		assertThat(parsed.get("warnings").size()).isZero();
	}

	private static List<JsonNode> tasks(JsonNode root) {
		List<JsonNode> out = new ArrayList<>();
		for (JsonNode chapter : root.get("chapters")) {
			chapter.get("tasks").forEach(out::add);
			for (JsonNode section : chapter.get("sections")) {
				section.get("tasks").forEach(out::add);
			}
		}
		return out;
	}

	private static void compareText(List<String> differences, String what, JsonNode expected, JsonNode actual) {
		String e = expected == null || expected.isNull() ? null : NoticeFixtures.compared(expected.asString());
		String a = actual == null || actual.isNull() ? null : NoticeFixtures.compared(actual.asString());
		if (e == null ? a != null : !e.equals(a)) {
			differences.add(what + ": expected " + e + " but was " + a);
		}
	}

	private static void compareValue(List<String> differences, String what, JsonNode expected, JsonNode actual) {
		if (!String.valueOf(expected).equals(String.valueOf(actual))) {
			differences.add(what + ": expected " + expected + " but was " + actual);
		}
	}

	private static void compareNames(List<String> differences, String what, JsonNode expected, JsonNode actual) {
		List<String> e = new ArrayList<>();
		List<String> a = new ArrayList<>();
		if (expected != null) {
			expected.forEach(n -> e.add(NoticeFixtures.compared(n.asString())));
		}
		if (actual != null) {
			actual.forEach(n -> a.add(NoticeFixtures.compared(n.asString())));
		}
		if (!e.equals(a)) {
			differences.add(what + ": expected " + e + " but was " + a);
		}
	}

	private static void compareDetails(List<String> differences, String id, JsonNode expected, JsonNode actual) {
		for (int i = 0; i < expected.size(); i++) {
			JsonNode e = expected.get(i);
			JsonNode a = actual.get(i);
			compareText(differences, id + " kind of " + e.get("name").asString(), e.get("kind"), a.get("kind"));
			compareValue(differences, id + " collective " + e.get("name").asString(), e.get("collective"),
					a.get("collective"));
			compareNames(differences, id + " members of " + e.get("name").asString(), e.get("expands_to"),
					a.get("expands_to"));
		}
	}

}
