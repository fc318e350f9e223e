package org.luoshi.indicator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.luoshi.organisation.OrganisationDirectory;
import org.luoshi.plan.PlanRegister;
import org.luoshi.security.Actor;
import org.luoshi.security.CurrentActor;
import org.luoshi.security.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Splitting the seed's binding indicators among Jilin's nine cities on a real database:
 * the review from draft to issue with its trail, the refusals, and the roll-up of city
 * figures. Runs on H2 and PostgreSQL (see the two subclasses); every test rolls back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "luoshi.demo.enabled=true")
@Transactional
abstract class DecompositionRegisterContract {

	@Autowired
	Decompositions decompositions;

	@Autowired
	RollUps rollUps;

	@Autowired
	IndicatorFigures values;

	@Autowired
	Indicators indicators;

	@Autowired
	PlanRegister plans;

	@Autowired
	OrganisationDirectory directory;

	@Autowired
	CurrentActor actors;

	@Test
	void aSplitOfCultivatedLandThatAddsUpGoesFromDraftToIssuedWithItsTrail() {
		Decomposition draft = land(() -> this.decompositions.create(seed().indicator("耕地保有量").id()));
		assertThat(draft.state()).isEqualTo(DecompositionState.DRAFT);
		assertThat(draft.check().method()).isEqualTo(CheckMethod.SUM);
		assertThat(draft.shares()).extracting(CityShare::organisation)
			.containsExactlyElementsOf(DecompositionCheckTests.CITIES);
		Decomposition filled = land(() -> this.decompositions.updateShares(draft.id(), draft.version(),
				entries(draft, DecompositionCheckTests.LAND, null)));
		assertThat(filled.check().passes()).isTrue();
		land(() -> this.decompositions.submit(draft.id()));
		office("省发展改革委", () -> this.decompositions.approve(draft.id()));
		Decomposition issued = office("省政府办公厅", () -> this.decompositions.issue(draft.id()));
		assertThat(issued.state()).isEqualTo(DecompositionState.ISSUED);
		assertThat(issued.steps()).extracting(DecompositionStep::from, DecompositionStep::to, DecompositionStep::actor)
			.containsExactly(tuple(null, DecompositionState.DRAFT, "省国土资源厅"),
					tuple(DecompositionState.DRAFT, DecompositionState.SUBMITTED, "省国土资源厅"),
					tuple(DecompositionState.SUBMITTED, DecompositionState.APPROVED, "省发展改革委"),
					tuple(DecompositionState.APPROVED, DecompositionState.ISSUED, "省政府办公厅"));
		assertThat(issued.steps()).allSatisfy((s) -> assertThat(s.at()).isNotNull());
	}

	@Test
	void aSplitThatFallsShortIsRefusedWithTheShortfall() {
		Decomposition draft = land(() -> this.decompositions.create(seed().indicator("耕地保有量").id()));
		String[] shortOne = DecompositionCheckTests.LAND.clone();
		shortOne[0] = "127.6";
		land(() -> this.decompositions.updateShares(draft.id(), draft.version(), entries(draft, shortOne, null)));
		assertThatExceptionOfType(DecompositionRefusal.ShortfallRefused.class)
			.isThrownBy(() -> land(() -> this.decompositions.submit(draft.id())))
			.satisfies((ex) -> assertThat(ex.check().shortfall()).isEqualByComparingTo("1"))
			.satisfies((ex) -> assertThat(ex.arguments()).containsExactly("552", "553", "1", "万公顷"));
		assertThat(this.decompositions.get(draft.id()).state()).isEqualTo(DecompositionState.DRAFT);
	}

	@Test
	void aReturnedSplitKeepsItsReasonAndIsSubmittedAgainOnceCorrected() {
		Decomposition draft = land(() -> this.decompositions.create(seed().indicator("耕地保有量").id()));
		Decomposition filled = land(() -> this.decompositions.updateShares(draft.id(), draft.version(),
				entries(draft, DecompositionCheckTests.LAND, null)));
		land(() -> this.decompositions.submit(draft.id()));
		assertThatExceptionOfType(DecompositionRefusal.ReturnReasonRequired.class)
			.isThrownBy(() -> office("省发展改革委", () -> this.decompositions.giveBack(draft.id(), "")));
		Decomposition returned = office("省发展改革委",
				() -> this.decompositions.giveBack(draft.id(), "长春市耕地目标偏高，请与长春市政府复核"));
		assertThat(returned.state()).isEqualTo(DecompositionState.RETURNED);
		assertThat(returned.returnedReason()).isEqualTo("长春市耕地目标偏高，请与长春市政府复核");
		assertThat(returned.steps().get(2).reason()).isEqualTo("长春市耕地目标偏高，请与长春市政府复核");
		assertThatExceptionOfType(DecompositionRefusal.DecompositionNotApprovable.class)
			.isThrownBy(() -> office("省发展改革委", () -> this.decompositions.approve(draft.id())));
		land(() -> this.decompositions.updateShares(draft.id(), returned.version(),
				List.of(new ShareEntry(filled.shares().get(0).organisationId(), new BigDecimal("128.4"), null),
						new ShareEntry(filled.shares().get(1).organisationId(), new BigDecimal("84.5"), null))));
		assertThat(land(() -> this.decompositions.submit(draft.id())).state()).isEqualTo(DecompositionState.SUBMITTED);
	}

	@Test
	void energyPerGdpIsSplitByAWeightedCheckAndASecondOpenSplitIsRefused() {
		IndicatorSummary energy = seed().indicator("单位地区生产总值能源消耗");
		Decomposition draft = office("省发展改革委", () -> this.decompositions.create(energy.id()));
		assertThat(draft.check().method()).isEqualTo(CheckMethod.WEIGHTED);
		assertThatExceptionOfType(DecompositionRefusal.DecompositionAlreadyOpen.class)
			.isThrownBy(() -> office("省发展改革委", () -> this.decompositions.create(energy.id())));
		String[] reductions = { "17", "18", "15", "15", "15", "14", "15", "14", "15" };
		office("省发展改革委",
				() -> this.decompositions.updateShares(draft.id(), draft.version(), entries(draft, reductions, null)));
		assertThatExceptionOfType(DecompositionRefusal.CityTargetsMissing.class)
			.isThrownBy(() -> office("省发展改革委", () -> this.decompositions.submit(draft.id())));
		String[] energyUse = { "900", "800", "650", "400", "600", "450", "700", "400", "700" };
		Decomposition weighted = office("省发展改革委", () -> this.decompositions.updateShares(draft.id(),
				draft.version() + 1, entries(draft, reductions, energyUse)));
		assertThat(weighted.check().combined()).isEqualByComparingTo("15.5982");
		assertThatExceptionOfType(DecompositionRefusal.ShortfallRefused.class)
			.isThrownBy(() -> office("省发展改革委", () -> this.decompositions.submit(draft.id())));
		assertThatExceptionOfType(DecompositionRefusal.IndicatorNotForDecomposition.class)
			.isThrownBy(() -> office("省林业厅", () -> this.decompositions.create(seed().indicator("森林覆盖率").id())));
	}

	@Test
	void cityFiguresRollUpToTheProvinceAndEachCityMeetsItsOwnTarget() {
		IndicatorSummary land = seed().indicator("耕地保有量");
		Decomposition split = land(() -> this.decompositions.create(land.id()));
		land(() -> this.decompositions.updateShares(split.id(), split.version(),
				entries(split, DecompositionCheckTests.LAND, null)));
		land(() -> this.decompositions.submit(split.id()));
		office("省发展改革委", () -> this.decompositions.approve(split.id()));
		office("省政府办公厅", () -> this.decompositions.issue(split.id()));
		// every city holds its share, except 白城 short by 0.4
		String[] figures = { "128.9", "84.3", "98.4", "22.4", "27.6", "10.3", "91.9", "64.5", "25.2" };
		for (int i = 0; i < figures.length; i++) {
			FigureInput figure = new FigureInput(split.shares().get(i).regionId(), 2013, figures[i], "最终", "国土资源年报",
					null);
			// the office enters them: no 2013 report is open for the department here
			office("省发展改革委", () -> this.values.enter(land.id(), figure));
		}
		RollUp rollUp = this.rollUps.of(land.id(), 2013);
		assertThat(rollUp.additive()).isTrue();
		assertThat(rollUp.citiesReporting()).isEqualTo(9);
		assertThat(rollUp.fromCities()).isEqualByComparingTo("553.5");
		assertThat(rollUp.province().status()).isEqualTo(IndicatorStatus.ACHIEVED);
		assertThat(rollUp.cities()).filteredOn((c) -> c.standing().status() == IndicatorStatus.OFF_TRACK)
			.extracting(CityFigure::organisation)
			.containsExactly("白城市政府");
	}

	/**
	 * Runs a step as a reporter of 省国土资源厅, which leads the land under cultivation,
	 * recorded under the department's name.
	 */
	private <T> T land(Supplier<T> step) {
		long land = this.directory.resolve("省国土资源厅").orElseThrow().id();
		return this.actors.actingAs(new Actor(2, "省国土资源厅", "填报人", Role.REPORTER, land), step);
	}

	/** Runs a step as a planning office user of that name. */
	private <T> T office(String name, Supplier<T> step) {
		return this.actors.actingAs(new Actor(1, name, name, Role.OFFICE, null), step);
	}

	private SeedIndicators seed() {
		return new SeedIndicators(this.indicators, this.plans);
	}

	private static List<ShareEntry> entries(Decomposition split, String[] targets, String[] weights) {
		List<ShareEntry> entries = new ArrayList<>();
		for (int i = 0; i < targets.length; i++) {
			entries.add(new ShareEntry(split.shares().get(i).organisationId(), new BigDecimal(targets[i]),
					(weights != null) ? new BigDecimal(weights[i]) : null));
		}
		return entries;
	}

}
