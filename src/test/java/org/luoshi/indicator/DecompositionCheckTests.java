package org.luoshi.indicator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.luoshi.notice.IndicatorKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** City targets held against the provincial one, and the steps a split may take. */
class DecompositionCheckTests {

	static final List<String> CITIES = List.of("长春市政府", "吉林市政府", "四平市政府", "辽源市政府", "通化市政府", "白山市政府", "松原市政府", "白城市政府",
			"延边州政府");

	// 万公顷; adds up to 553 exactly, which doubles would not
	static final String[] LAND = { "128.6", "84.3", "98.1", "22.4", "27.5", "10.3", "91.7", "64.9", "25.2" };

	@Test
	void cultivatedLandSharesAddingUpToFiveHundredFiftyThreePass() {
		DecompositionCheck check = DecompositionCheck.of(CheckMethod.SUM, IndicatorKind.MAINTAIN, new BigDecimal("553"),
				shares(LAND, null));
		assertThat(check.combined()).isEqualByComparingTo("553");
		assertThat(check.passes()).isTrue();
		assertThat(check.shortfall()).isEqualByComparingTo("0");
	}

	@Test
	void cultivatedLandSharesOneThousandHectaresShortShowTheShortfall() {
		String[] shortOne = LAND.clone();
		shortOne[0] = "128.5";
		DecompositionCheck check = DecompositionCheck.of(CheckMethod.SUM, IndicatorKind.MAINTAIN, new BigDecimal("553"),
				shares(shortOne, null));
		assertThat(check.passes()).isFalse();
		assertThat(check.gap()).isEqualByComparingTo("-0.1");
		assertThat(check.shortfall()).isEqualByComparingTo("0.1");
	}

	@Test
	void populationCapsMayNotAddUpToMoreThanTheProvincialCap() {
		String[] caps = { "760", "440", "340", "125", "235", "135", "295", "205", "253" };
		DecompositionCheck check = DecompositionCheck.of(CheckMethod.SUM, IndicatorKind.CAP, new BigDecimal("2787"),
				shares(caps, null));
		assertThat(check.combined()).isEqualByComparingTo("2788");
		assertThat(check.passes()).isFalse();
		assertThat(check.shortfall()).isEqualByComparingTo("1");
	}

	@Test
	void energyReductionsAreWeightedByEachCitysEnergyUse() {
		// 长春 and 吉林 use most energy; their 17 % and 18 % outweigh the smaller cities'
		// 14–15 %
		String[] reductions = { "17", "18", "15", "15", "15", "14", "15", "14", "15" };
		String[] energy = { "2200", "1900", "650", "400", "600", "450", "700", "400", "700" };
		DecompositionCheck check = DecompositionCheck.of(CheckMethod.WEIGHTED, IndicatorKind.REDUCE_BY_PERCENT,
				new BigDecimal("16"), shares(reductions, energy));
		assertThat(check.combined()).isEqualByComparingTo("16.1563");
		assertThat(check.passes()).isTrue();
		String[] lighter = energy.clone();
		lighter[0] = "900";
		lighter[1] = "800";
		DecompositionCheck short1 = DecompositionCheck.of(CheckMethod.WEIGHTED, IndicatorKind.REDUCE_BY_PERCENT,
				new BigDecimal("16"), shares(reductions, lighter));
		assertThat(short1.passes()).isFalse();
		assertThat(short1.combined()).isEqualByComparingTo("15.5982");
		assertThat(short1.shortfall()).isEqualByComparingTo("0.4018");
	}

	@Test
	void citiesWithoutTargetOrWeightAreNamed() {
		String[] reductions = { "17", "18", null, "15", "15", "14", "15", "14", "15" };
		String[] energy = { "2200", null, "650", "400", "600", "450", "700", "400", "700" };
		DecompositionCheck check = DecompositionCheck.of(CheckMethod.WEIGHTED, IndicatorKind.REDUCE_BY_PERCENT,
				new BigDecimal("16"), shares(reductions, energy));
		assertThat(check.passes()).isFalse();
		assertThat(check.missingTargets()).containsExactly("四平市政府");
		assertThat(check.missingWeights()).containsExactly("吉林市政府");
	}

	@Test
	void aSplitGoesFromDraftThroughSubmissionAndApprovalToIssue() {
		assertThat(DecompositionState.DRAFT.submit().approve().issue()).isEqualTo(DecompositionState.ISSUED);
		assertThat(DecompositionState.SUBMITTED.giveBack().submit()).isEqualTo(DecompositionState.SUBMITTED);
		assertThat(DecompositionState.APPROVED.giveBack()).isEqualTo(DecompositionState.RETURNED);
	}

	@Test
	void eachIllegalStepIsRefusedByName() {
		assertThatExceptionOfType(DecompositionRefusal.DecompositionNotApprovable.class)
			.isThrownBy(DecompositionState.DRAFT::approve);
		assertThatExceptionOfType(DecompositionRefusal.DecompositionNotIssuable.class)
			.isThrownBy(DecompositionState.SUBMITTED::issue);
		assertThatExceptionOfType(DecompositionRefusal.DecompositionNotSubmittable.class)
			.isThrownBy(DecompositionState.ISSUED::submit);
		assertThatExceptionOfType(DecompositionRefusal.DecompositionNotReturnable.class)
			.isThrownBy(DecompositionState.DRAFT::giveBack);
		assertThatExceptionOfType(DecompositionRefusal.DecompositionNotReturnable.class)
			.isThrownBy(DecompositionState.ISSUED::giveBack);
	}

	static List<CityShare> shares(String[] targets, String[] weights) {
		List<CityShare> shares = new ArrayList<>();
		for (int i = 0; i < CITIES.size(); i++) {
			shares.add(new CityShare(i + 1, CITIES.get(i), (long) i + 100, null,
					(targets[i] != null) ? new BigDecimal(targets[i]) : null,
					(weights != null && weights[i] != null) ? new BigDecimal(weights[i]) : null));
		}
		return shares;
	}

}
