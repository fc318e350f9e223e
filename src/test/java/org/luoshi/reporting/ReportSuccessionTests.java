package org.luoshi.reporting;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.luoshi.organisation.OrganisationDirectory;
import org.luoshi.organisation.OrganisationRef;
import org.luoshi.organisation.internal.Successions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.luoshi.reporting.ReportingFixtures.as;
import static org.luoshi.reporting.ReportingFixtures.office;

/**
 * An institutional reform in the middle of a cycle: 省农委 becomes 省农业农村厅 ten days after the
 * cycle opens. Until that day nothing moves; on it, the committee's reporter acts for the
 * new department, which carries on the report with what was already written, leads the
 * consolidation and is reminded at the committee's addresses.
 */
@SpringBootTest(properties = "luoshi.demo.enabled=true")
@Import(ReportingTestConfiguration.class)
@DirtiesContext
class ReportSuccessionTests {

	@Autowired
	ReportingStage stage;

	@Autowired
	Reports reports;

	@Autowired
	ReportDrafts drafts;

	@Autowired
	OrganisationDirectory directory;

	@Autowired
	Successions successions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Test
	void aRenameTakingEffectMidCycleHandsTheReportUsersAndContactsToTheSuccessor() {
		this.stage.afresh();
		long nongwei = this.stage.organisation("省农委");
		this.stage.open2011();
		ReportSummary report = as(ReportingFixtures.reporter("nongwei", nongwei), () -> this.reports.mine()).get(0);
		EntryView first = as(ReportingFixtures.reporter("nongwei", nongwei), () -> {
			ReportView view = this.reports.get(report.id());
			EntryView entry = view.entries().get(0);
			this.drafts.saveEntry(report.id(), entry.taskId(), view.version(),
					new EntryChange("in-progress", "已完成土地确权试点 12 个县", null, null, null));
			return entry;
		});

		LocalDate effective = LocalDate.now(this.clock).plusDays(10);
		OrganisationRef successor = as(office(), () -> this.directory.rename(nongwei, "省农业农村厅", effective, "office"));
		assertThat(organisationOf("nongwei")).isEqualTo(nongwei);
		assertThat(reportsOf(nongwei)).containsExactly(report.id());

		ReportingTestConfiguration.of(this.clock).advance(Duration.ofDays(10));
		assertThat(this.successions.takeEffect()).isEqualTo(1);

		assertThat(organisationOf("nongwei")).isEqualTo(successor.id());
		assertThat(organisationOf("nongwei-approver")).isEqualTo(successor.id());
		assertThat(reportsOf(nongwei)).isEmpty();
		assertThat(reportsOf(successor.id())).containsExactly(report.id());
		List<ReportSummary> mine = as(ReportingFixtures.reporter("nongwei", successor.id()), () -> this.reports.mine());
		assertThat(mine).singleElement().satisfies((r) -> {
			assertThat(r.organisationName()).isEqualTo("省农业农村厅");
			assertThat(r.entries()).isEqualTo(27);
		});
		ReportView carried = as(ReportingFixtures.reporter("nongwei", successor.id()),
				() -> this.reports.get(report.id()));
		assertThat(carried.entries()).filteredOn((e) -> e.taskId() == first.taskId())
			.singleElement()
			.satisfies((e) -> assertThat(e.done()).isEqualTo("已完成土地确权试点 12 个县"));
		assertThat(this.jdbc.sql("select count(*) from report_entry where lead_organisation_id = :o")
			.param("o", nongwei)
			.query(Integer.class)
			.single()).isZero();
		assertThat(this.jdbc.sql("select email from reporting_contact where organisation_id = :o order by email")
			.param("o", successor.id())
			.query(String.class)
			.list()).containsExactly("leaders-" + nongwei + "@example.org", "reports-" + nongwei + "@example.org");
		assertThat(this.jdbc
			.sql("select event from user_history h join app_user u on u.id = h.user_id "
					+ "where u.username = 'nongwei' order by h.id desc")
			.query(String.class)
			.list()).first().isEqualTo("role-changed");
	}

	private Long organisationOf(String username) {
		return this.jdbc.sql("select organisation_id from app_user where username = :u")
			.param("u", username)
			.query(Long.class)
			.single();
	}

	private List<Long> reportsOf(long organisation) {
		return this.jdbc.sql("select id from progress_report where organisation_id = :o")
			.param("o", organisation)
			.query(Long.class)
			.list();
	}

}
