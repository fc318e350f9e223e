package org.luoshi.indicator;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.luoshi.organisation.OrganisationDirectory;
import org.luoshi.plan.PlanRegister;
import org.luoshi.security.Actor;
import org.luoshi.security.CurrentActor;
import org.luoshi.security.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The indicator module with the modules it depends on (no pages, no reporting), the seed
 * notice imported: the services themselves decide who may act, whoever calls them. Every
 * test rolls back.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@TestPropertySource(properties = "luoshi.demo.enabled=true")
@Transactional
class IndicatorModuleTests {

	@Autowired
	Indicators indicators;

	@Autowired
	IndicatorFigures figures;

	@Autowired
	Decompositions decompositions;

	@Autowired
	PlanRegister plans;

	@Autowired
	OrganisationDirectory directory;

	@Autowired
	CurrentActor actors;

	@Test
	void aReporterEntersFiguresOnlyForIndicatorsItsOrganisationAnswersFor() {
		IndicatorSummary forest = seed().indicator("森林覆盖率");
		FigureInput figure = new FigureInput(null, 2011, "43.3", null, "统计公报", null);
		assertThatExceptionOfType(IndicatorRefusal.NotYourIndicator.class)
			.isThrownBy(() -> as(reporterOf("省农委"), () -> this.figures.enter(forest.id(), figure)))
			.satisfies((refused) -> assertThat(refused.kind().status()).isEqualTo(403));
		assertThatExceptionOfType(IndicatorRefusal.NotYourStep.class)
			.isThrownBy(() -> as(approverOf(forest), () -> this.figures.enter(forest.id(), figure)));
		assertThatExceptionOfType(IndicatorRefusal.NotYourStep.class)
			.isThrownBy(() -> as(leader(), () -> this.figures.enter(forest.id(), figure)));
		assertThat(this.figures.figures(forest.id())).isEmpty();

		Actor forestry = new Actor(7, "linye", "林业厅填报人", Role.REPORTER, forest.organisations().get(0).id());
		// without the reporting module no report is open: only the office enters
		assertThatExceptionOfType(IndicatorRefusal.ReportClosed.class)
			.isThrownBy(() -> as(forestry, () -> this.figures.enter(forest.id(), figure)));
		this.reportOpen = true;
		Figure entered = as(forestry, () -> this.figures.enter(forest.id(), figure));
		assertThat(entered.enteredBy()).isEqualTo("linye");
	}

	static boolean reportOpen;

	@org.junit.jupiter.api.AfterEach
	void closeReports() {
		reportOpen = false;
	}

	/** Stands in for the reporting module, which this test leaves out. */
	@org.springframework.boot.test.context.TestConfiguration
	static class Reporting {

		@org.springframework.context.annotation.Bean
		ReportingWindow reportingWindow() {
			return (plan, year, organisation) -> reportOpen;
		}

	}

	@Test
	void onlyTheOfficeImportsAFileOfFigures() {
		byte[] file = "指标,年份,数值\n森林覆盖率,2011,43.3\n".getBytes(StandardCharsets.UTF_8);
		IndicatorSummary forest = seed().indicator("森林覆盖率");
		Actor forestry = new Actor(7, "linye", "林业厅填报人", Role.REPORTER, forest.organisations().get(0).id());
		assertThatExceptionOfType(IndicatorRefusal.NotYourStep.class)
			.isThrownBy(() -> as(forestry, () -> this.figures.importFile(seed().planId(), file, "figures.csv")));
		assertThat(this.figures.figures(forest.id())).isEmpty();
		assertThat(as(office(), () -> this.figures.importFile(seed().planId(), file, "figures.csv")).entered())
			.isEqualTo(1);
	}

	@Test
	void aReporterDraftsTheSplitOfAnIndicatorItLeadsButNeverApprovesIt() {
		IndicatorSummary land = seed().indicator("耕地保有量");
		assertThatExceptionOfType(IndicatorRefusal.NotYourIndicator.class)
			.isThrownBy(() -> as(reporterOf("省农委"), () -> this.decompositions.create(land.id())));
		Actor guotu = reporterOf("省国土资源厅");
		Decomposition draft = as(guotu, () -> this.decompositions.create(land.id()));
		assertThat(draft.steps()).singleElement().satisfies((step) -> assertThat(step.actor()).isEqualTo("reporter"));
		assertThatExceptionOfType(IndicatorRefusal.NotYourStep.class)
			.isThrownBy(() -> as(guotu, () -> this.decompositions.approve(draft.id())));
		assertThatExceptionOfType(IndicatorRefusal.NotYourStep.class)
			.isThrownBy(() -> as(leader(), () -> this.decompositions.issue(draft.id())));
		assertThatExceptionOfType(IndicatorRefusal.NotYourStep.class)
			.isThrownBy(() -> as(approverOf(land), () -> this.decompositions.giveBack(draft.id(), "复核")));
		assertThat(this.decompositions.get(draft.id()).steps()).hasSize(1);

		AllowedSplitSteps lead = as(guotu, () -> this.decompositions.allowedSteps(land.id(), null));
		assertThat(lead).isEqualTo(new AllowedSplitSteps(false, true, true, false, false, false));
		AllowedSplitSteps other = as(reporterOf("省农委"), () -> this.decompositions.allowedSteps(land.id(), null));
		assertThat(other.any()).isFalse();
	}

	@Test
	void aLeaderReadsButNeverCompletesABaselineOrSetsThresholds() {
		IndicatorSummary forest = seed().indicator("森林覆盖率");
		IndicatorCompletion baseline = new IndicatorCompletion(2010, new BigDecimal("43"), null, null, null, null);
		assertThatExceptionOfType(IndicatorRefusal.NotYourStep.class)
			.isThrownBy(() -> as(leader(), () -> this.indicators.complete(forest.id(), forest.version(), baseline)));
		assertThatExceptionOfType(IndicatorRefusal.NotYourStep.class).isThrownBy(() -> as(reporterOf("省林业厅"),
				() -> this.indicators.setThresholds(seed().planId(), 0, new StatusThresholds(3, 10))));
		assertThat(this.indicators.get(forest.id()).indicator().baselineValue()).isNull();
		assertThat(as(leader(), () -> this.indicators.allowedSteps(forest.id())).complete()).isFalse();

		IndicatorDetail completed = as(office(),
				() -> this.indicators.complete(forest.id(), forest.version(), baseline));
		assertThat(completed.indicator().baselineValue()).isEqualByComparingTo("43");
	}

	private <T> T as(Actor actor, Supplier<T> work) {
		return this.actors.actingAs(actor, work);
	}

	private Actor reporterOf(String organisation) {
		return new Actor(2, "reporter", "填报人", Role.REPORTER, this.directory.resolve(organisation).orElseThrow().id());
	}

	private static Actor approverOf(IndicatorSummary indicator) {
		return new Actor(3, "approver", "审核人", Role.APPROVER, indicator.organisations().get(0).id());
	}

	private static Actor leader() {
		return new Actor(4, "leader", "领导", Role.LEADER, null);
	}

	private static Actor office() {
		return new Actor(1, "office", "规划办", Role.OFFICE, null);
	}

	private SeedIndicators seed() {
		return new SeedIndicators(this.indicators, this.plans);
	}

}
