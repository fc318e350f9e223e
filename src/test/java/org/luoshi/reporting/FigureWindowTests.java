package org.luoshi.reporting;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.luoshi.indicator.IndicatorSummary;
import org.luoshi.indicator.Indicators;
import org.luoshi.security.Actor;
import org.luoshi.security.SecurityFixtures;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Indicator figures around the reporting workflow, over the API: a reporter enters its
 * organisation's share only (not a city's figure, unless it is that city's government)
 * and only while its report for the year is open — not before one was asked for, not
 * after it was accepted, not after its due date; the office always. A revision names the
 * version it read: 428 without, 412 when stale.
 */
@SpringBootTest(properties = "luoshi.demo.enabled=true")
@AutoConfigureMockMvc
@Import(ReportingTestConfiguration.class)
class FigureWindowTests {

	@Autowired
	ReportingStage stage;

	@Autowired
	MockMvc mvc;

	@Autowired
	Indicators indicators;

	@Autowired
	JdbcClient jdbc;

	IndicatorSummary forest;

	Actor forester;

	@BeforeEach
	void stage() {
		long plan = this.stage.afresh();
		this.jdbc.sql("delete from indicator_value").update();
		this.forest = this.indicators.ofPlan(plan)
			.stream()
			.filter((i) -> i.name().equals("森林覆盖率"))
			.findFirst()
			.orElseThrow();
		this.forester = SecurityFixtures.reporterOf(this.stage.organisation("省林业厅"));
	}

	private ResultActions enter(Actor actor, String body, String ifMatch) throws Exception {
		var request = post("/api/indicators/{id}/values", this.forest.id()).with(SecurityFixtures.signedInAs(actor))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body);
		if (ifMatch != null) {
			request = request.header("If-Match", ifMatch);
		}
		return this.mvc.perform(request);
	}

	@Test
	void aReporterEntersOnlyWhileItsReportIsOpen() throws Exception {
		String figure = "{\"year\": 2011, \"value\": \"43.3\"}";
		enter(this.forester, figure, null).andExpect(status().isConflict())
			.andExpect(jsonPath("$.refusal").value("ReportClosed"));
		long cycle = this.stage.open2011().id();
		long report = this.stage.reportOf(cycle, this.stage.organisation("省林业厅"));
		enter(this.forester, figure, null).andExpect(status().isCreated()).andExpect(header().string("ETag", "\"1\""));

		ReportingTestConfiguration.of(this.stage.clock()).set(ReportingTestConfiguration.DEADLINE_2011.plusMinutes(1));
		String revision = "{\"year\": 2011, \"value\": \"43.4\", \"revisionReason\": \"统计公报更正\"}";
		enter(this.forester, revision, "\"1\"").andExpect(status().isConflict())
			.andExpect(jsonPath("$.refusal").value("ReportClosed"));

		ReportingTestConfiguration.of(this.stage.clock()).set(ReportingTestConfiguration.OPENING.plusDays(1));
		this.jdbc.sql("update progress_report set state = 'accepted' where id = :id").param("id", report).update();
		enter(this.forester, revision, "\"1\"").andExpect(status().isConflict())
			.andExpect(jsonPath("$.refusal").value("ReportClosed"));

		// the office may always
		enter(SecurityFixtures.office(), revision, "\"1\"").andExpect(status().isCreated())
			.andExpect(header().string("ETag", "\"2\""));
	}

	@Test
	void aRevisionNamesTheVersionItRead() throws Exception {
		this.stage.open2011();
		enter(this.forester, "{\"year\": 2011, \"value\": \"43.3\"}", null).andExpect(status().isCreated());
		String revision = "{\"year\": 2011, \"value\": \"43.4\", \"revisionReason\": \"统计公报更正\"}";
		enter(this.forester, revision, null).andExpect(status().isPreconditionRequired());
		enter(this.forester, "{\"year\": 2011, \"value\": \"43.5\"}", null)
			.andExpect(status().isPreconditionRequired());
		enter(this.forester, revision, "\"1\"").andExpect(status().isCreated())
			.andExpect(header().string("ETag", "\"2\""));
		enter(this.forester, "{\"year\": 2011, \"value\": \"43.6\", \"revisionReason\": \"再更正\"}", "\"1\"")
			.andExpect(status().isPreconditionFailed())
			.andExpect(jsonPath("$.refusal").value("FigureChangedMeanwhile"));
	}

	@Test
	void aReporterEntersOnlyItsOwnRegionsShare() throws Exception {
		long cycle = this.stage.open2011().id();
		// two cities whose governments have a report in the cycle
		var cities = this.jdbc.sql("""
				select o.id, o.region_id from organisation o join progress_report r on r.organisation_id = o.id
				join region g on g.id = o.region_id
				where r.cycle_id = :cycle and g.parent_id = (select region_id from indicator where id = :indicator)
				order by o.id
				""")
			.param("cycle", cycle)
			.param("indicator", this.forest.id())
			.query((rs, i) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.list();
		Actor cityReporter = SecurityFixtures.reporterOf(cities.get(0)[0]);
		String ownCity = "{\"regionId\": " + cities.get(0)[1] + ", \"year\": 2011, \"value\": \"50.1\"}";
		String otherCity = "{\"regionId\": " + cities.get(1)[1] + ", \"year\": 2011, \"value\": \"50.2\"}";
		enter(cityReporter, otherCity, null).andExpect(status().isForbidden())
			.andExpect(jsonPath("$.refusal").value("NotYourRegion"));
		enter(cityReporter, "{\"year\": 2011, \"value\": \"43.3\"}", null).andExpect(status().isForbidden())
			.andExpect(jsonPath("$.refusal").value("NotYourIndicator"));
		enter(cityReporter, ownCity, null).andExpect(status().isCreated());
	}

}
