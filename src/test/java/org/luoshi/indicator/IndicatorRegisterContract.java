package org.luoshi.indicator;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.luoshi.organisation.OrganisationDirectory;
import org.luoshi.organisation.RegionDirectory;
import org.luoshi.indicator.internal.ChangeStore;
import org.luoshi.notice.NoticeFixtures;
import org.luoshi.plan.ImportKind;
import org.luoshi.plan.ImportPreview;
import org.luoshi.plan.NoticeImports;
import org.luoshi.plan.PlanRegister;
import org.luoshi.plan.TaskFilter;
import org.luoshi.plan.TaskSummary;
import org.luoshi.security.Role;
import org.luoshi.security.WithActor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

/**
 * Indicators on a real database, started as the README starts it: the seed notice
 * imported, its indicators created with the plan. Runs on H2 and PostgreSQL (see the two
 * subclasses); every test rolls back what it changed.
 */
@WithActor(Role.OFFICE)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "luoshi.demo.enabled=true")
@Transactional
abstract class IndicatorRegisterContract {

	@Autowired
	Indicators indicators;

	@Autowired
	IndicatorFigures values;

	@Autowired
	Decompositions decompositions;

	@Autowired
	RollUps rollUps;

	@Autowired
	PlanRegister plans;

	@Autowired
	NoticeImports imports;

	@Autowired
	ChangeStore changes;

	@Autowired
	OrganisationDirectory directory;

	@Autowired
	RegionDirectory regions;

	@Test
	void theSeedPlanHasSixteenBindingIndicatorsAndThreeExpectedTargets() {
		List<IndicatorSummary> all = this.indicators.ofPlan(planId());
		assertThat(all.stream().filter(IndicatorSummary::binding)).hasSize(16);
		assertThat(all.stream().filter((i) -> !i.binding()).map(IndicatorSummary::name)).containsExactly("粮食综合生产能力",
				"粮食播种面积", "文化产业增加值占地区生产总值比重");
	}

	@Test
	void theNoticeSplitsCultivatedLandEnergyTheFourPollutantsAndHousingAmongTheCities() {
		assertThat(this.indicators.ofPlan(planId()).stream().filter(IndicatorSummary::toDecompose))
			.extracting(IndicatorSummary::name)
			.containsExactly("耕地保有量", "单位地区生产总值能源消耗", "化学需氧量排放", "二氧化硫排放", "氨氮排放", "氮氧化物排放", "城镇保障性安居工程建设");
	}

	@Test
	void cultivatedLandIsStatedByTaskOneLedByTheLandDepartmentForTheProvince() {
		IndicatorSummary land = indicator("耕地保有量");
		TaskSummary task = this.plans.tasks(planId(), TaskFilter.none(), 0, 1).items().get(0);
		assertThat(land.taskId()).isEqualTo(task.id());
		assertThat(land.kind()).isEqualTo("maintain");
		assertThat(land.target()).isEqualByComparingTo("553");
		assertThat(land.unit()).isEqualTo("万公顷");
		assertThat(land.baselineYear()).isEqualTo(2010);
		assertThat(land.targetYear()).isEqualTo(2015);
		assertThat(land.baselineValue()).isNull();
		assertThat(land.regionId()).isEqualTo(region("吉林省"));
		assertThat(land.organisations()).singleElement()
			.satisfies((o) -> assertThat(o.name()).isEqualTo("省国土资源厅"))
			.satisfies((o) -> assertThat(o.lead()).isTrue());
		assertThat(indicator("城乡三项基本医疗保险参保率").organisations()).extracting(AnsweringOrganisation::lead)
			.containsExactly(false, false);
	}

	@Test
	void aRevisionKeepsTheEarlierFigureAndBecomesCurrent() {
		long energy = completedEnergy();
		this.values.enter(energy, new FigureInput(null, 2013, "0.95", "初步", "统计快报", null));
		assertThatExceptionOfType(FigureRefusal.RevisionReasonRequired.class)
			.isThrownBy(() -> this.values.enter(energy, new FigureInput(null, 2013, "0.93", null, null, " ")));
		Figure revised = this.values.enter(energy, new FigureInput(null, 2013, "0.93", null, "统计年鉴2014", "统计年鉴终值"));
		assertThat(revised.status()).isEqualTo(FigureStatus.REVISED);
		List<Figure> figures = this.values.figures(energy);
		assertThat(figures).extracting((f) -> f.value().toPlainString(), Figure::current)
			.containsExactly(tuple("0.95", false), tuple("0.93", true));
		assertThat(figures.get(1).revisesId()).isEqualTo(figures.get(0).id());
		assertThat(figures.get(1).revisionReason()).isEqualTo("统计年鉴终值");
		IndicatorDetail detail = this.indicators.get(energy);
		assertThat(detail.indicator().standing().level()).isEqualTo(0.93);
		assertThat(detail.indicator().standing().status()).isEqualTo(IndicatorStatus.OFF_TRACK);
		assertThat(detail.path()).hasSize(6);
		assertThat(detail.path().get(3).expected()).isCloseTo(0.9007, within(0.00005));
	}

	@Test
	void aCompletionRecordsTheBaselineAndRefusesAStaleVersion() {
		IndicatorSummary forest = indicator("森林覆盖率");
		IndicatorDetail completed = this.indicators.complete(forest.id(), forest.version(),
				new IndicatorCompletion(null, new BigDecimal("43.0"), null, null, null, null));
		assertThat(completed.indicator().baselineValue()).isEqualByComparingTo("43");
		assertThat(completed.indicator().version()).isEqualTo(forest.version() + 1);
		assertThat(this.changes.count(forest.id())).isEqualTo(1);
		assertThatExceptionOfType(org.springframework.dao.OptimisticLockingFailureException.class)
			.isThrownBy(() -> this.indicators.complete(forest.id(), forest.version(),
					new IndicatorCompletion(null, new BigDecimal("42.0"), null, null, null, null)));
	}

	@Test
	void aFileOfFiguresIsImportedWholeOrNotAtAll() {
		completedEnergy();
		String bad = "指标,地区,年份,数值,状态,来源,修订原因\n单位地区生产总值能源消耗,吉林省,2011,0.97,最终,统计年鉴,\n" + "耕地保有量,长春市,2013,约128,最终,,\n";
		assertThatExceptionOfType(ValueFileRefused.class)
			.isThrownBy(() -> this.values.importFile(planId(), bad.getBytes(StandardCharsets.UTF_8), "bad.csv"))
			.satisfies((ex) -> assertThat(ex.errors()).extracting(RowError::row, RowError::column)
				.containsExactly(tuple(3, "数值")));
		assertThat(this.values.figures(indicator("单位地区生产总值能源消耗").id())).isEmpty();
		String good = "指标,地区,年份,数值,状态,来源,修订原因\n单位地区生产总值能源消耗,,2011,0.97,最终,统计年鉴,\n"
				+ "单位地区生产总值能源消耗,,2012,0.95,初步,统计快报,\n单位地区生产总值能源消耗,,2012,0.948,最终,统计年鉴,年鉴终值\n";
		FigureImportReport report = this.values.importFile(planId(), good.getBytes(StandardCharsets.UTF_8), "good.csv");
		assertThat(report.rows()).isEqualTo(3);
		assertThat(report.revised()).isEqualTo(1);
		assertThat(this.values.figures(indicator("单位地区生产总值能源消耗").id())).hasSize(3);
	}

	@Test
	void energyPublishedAsYearlyRatesIsKeptInThatFormAndChainedIntoTheCumulativeReduction() {
		long energy = indicator("单位地区生产总值能源消耗").id();
		this.values.enter(energy, new FigureInput(null, 2011, "3.5", "最终", "统计公报", null, "当年降低率"));
		Figure second = this.values.enter(energy,
				new FigureInput(null, 2012, "2.1", "最终", "统计公报", null, "yearly-rate"));
		assertThat(second.form()).isEqualTo(FigureForm.YEARLY_RATE);
		assertThat(second.value()).isEqualByComparingTo("2.1");
		IndicatorDetail detail = this.indicators.get(energy);
		// no baseline level yet: 1 − 0.965 · 0.979 = 5.5265 % of 16 %
		assertThat(detail.indicator().standing().change()).isCloseTo(5.5265, within(1e-9));
		assertThat(detail.indicator().standing().progress()).isCloseTo(0.34540625, within(1e-9));
		assertThat(detail.indicator().standing().status()).isEqualTo(IndicatorStatus.AT_RISK);
		assertThat(detail.pathInChange()).isTrue();
		// a rate for a level indicator, and a reduction of more than the whole, are
		// refused
		long forest = indicator("森林覆盖率").id();
		assertThatExceptionOfType(FigureRefusal.FormNotForKind.class)
			.isThrownBy(() -> this.values.enter(forest, new FigureInput(null, 2011, "0.5", null, null, null, "累计")));
		assertThatExceptionOfType(FigureRefusal.OutOfBounds.class)
			.isThrownBy(() -> this.values.enter(energy, new FigureInput(null, 2013, "120", null, null, null, "累计")));
		assertThatExceptionOfType(FigureRefusal.UnknownFigureForm.class)
			.isThrownBy(() -> this.values.enter(energy, new FigureInput(null, 2013, "3", null, null, null, "大约")));
	}

	@Test
	void aFileMayGiveTheFormOfEachFigure() {
		String csv = "指标,年份,数值,口径,来源\n单位地区生产总值能源消耗,2011,3.5,当年降低率,统计公报\n"
				+ "单位地区生产总值能源消耗,2012,5.54,累计,统计公报\n森林覆盖率,2011,43.3,,林业统计\n";
		FigureImportReport report = this.values.importFile(planId(), csv.getBytes(StandardCharsets.UTF_8), "forms.csv");
		assertThat(report.entered()).isEqualTo(3);
		assertThat(this.values.figures(indicator("单位地区生产总值能源消耗").id())).extracting(Figure::form)
			.containsExactly(FigureForm.YEARLY_RATE, FigureForm.CUMULATIVE_CHANGE);
		assertThat(this.values.figures(indicator("森林覆盖率").id())).extracting(Figure::form)
			.containsExactly(FigureForm.LEVEL);
		String wrong = "指标,年份,数值,口径\n森林覆盖率,2012,0.3,当年增长率\n";
		assertThatExceptionOfType(ValueFileRefused.class)
			.isThrownBy(() -> this.values.importFile(planId(), wrong.getBytes(StandardCharsets.UTF_8), "wrong.csv"))
			.satisfies((ex) -> assertThat(ex.errors()).extracting(RowError::row, RowError::column)
				.containsExactly(tuple(2, "口径")));
	}

	@Test
	void aRevisedNoticeAddsOnlyIndicatorsWithNewNames() {
		String text = NoticeFixtures.seedText()
			.replace("耕地保有量保持在553万公顷。（省国土资源厅牵头）", "耕地保有量保持在553万公顷。（省国土资源厅牵头）\n\n　　基本农田保护面积保持在490万公顷。（省国土资源厅牵头）")
			.replace("森林覆盖率达到44.2％", "森林覆盖率达到45％");
		ImportPreview preview = this.imports.upload(text.getBytes(StandardCharsets.UTF_8), "revised.txt", "office");
		assertThat(preview.kind()).isEqualTo(ImportKind.REVISION);
		this.imports.confirm(preview.importId(), "office");
		List<IndicatorSummary> all = this.indicators.ofPlan(planId());
		assertThat(all.stream().filter(IndicatorSummary::binding)).hasSize(17);
		assertThat(all).filteredOn((i) -> i.name().equals("森林覆盖率"))
			.singleElement()
			.satisfies((i) -> assertThat(i.target()).isEqualByComparingTo("44.2"));
		assertThat(all.get(all.size() - 1).name()).isEqualTo("基本农田保护面积");
		assertThat(all.get(all.size() - 1).toDecompose()).isFalse();
	}

	private long completedEnergy() {
		IndicatorSummary energy = indicator("单位地区生产总值能源消耗");
		this.indicators.complete(energy.id(), energy.version(),
				new IndicatorCompletion(2010, new BigDecimal("1.0"), null, null, null, null));
		return energy.id();
	}

	private long planId() {
		return seed().planId();
	}

	private IndicatorSummary indicator(String name) {
		return seed().indicator(name);
	}

	private SeedIndicators seed() {
		return new SeedIndicators(this.indicators, this.plans);
	}

	private long region(String name) {
		return this.regions.findByName(name).orElseThrow().id();
	}

}
