package org.luoshi.indicator;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.luoshi.plan.PlanRegister;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The demo's indicator data (示例数据), entered at start-up through the real services and
 * marked illustrative: baselines and figures for 2010–2012 in the forms the bureaus
 * publish, city figures, two splits issued — and the pages saying so.
 */
@SpringBootTest(properties = { "luoshi.demo.enabled=true", "luoshi.demo.figures=true" })
@AutoConfigureMockMvc
class DemoFiguresTests {

	@Autowired
	Indicators indicators;

	@Autowired
	IndicatorFigures figures;

	@Autowired
	Decompositions decompositions;

	@Autowired
	RollUps rollUps;

	@Autowired
	IndicatorOutlooks outlooks;

	@Autowired
	PlanRegister plans;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Test
	void energyIsPublishedAsYearlyRatesAndChainsToItsCumulativeReduction() {
		IndicatorSummary energy = seed().indicator("单位地区生产总值能源消耗");
		List<Figure> entered = this.figures.figures(energy.id());
		assertThat(entered).extracting(Figure::year, Figure::form)
			.containsExactly(org.assertj.core.api.Assertions.tuple(2011, FigureForm.YEARLY_RATE),
					org.assertj.core.api.Assertions.tuple(2012, FigureForm.YEARLY_RATE));
		assertThat(entered).allSatisfy((f) -> assertThat(f.illustrative()).isTrue());
		// entered as on the days the bureau published them
		assertThat(entered.get(1).enteredAt().atZoneSameInstant(ZoneId.of("Asia/Shanghai")).getYear()).isEqualTo(2013);
		// 1 − 0.965 · 0.958 = 7.553 % of 16 % with 40 % of the time gone
		assertThat(energy.standing().change()).isCloseTo(7.553, within(1e-9));
		assertThat(energy.standing().status()).isEqualTo(IndicatorStatus.ON_TRACK);
		assertThat(energy.illustrative()).isTrue();
		IndicatorSummary forest = seed().indicator("森林覆盖率");
		assertThat(forest.baselineValue()).isEqualByComparingTo("43.6");
		assertThat(this.figures.figures(forest.id())).extracting(Figure::year).containsExactly(2010, 2011, 2012);
	}

	@Test
	void cultivatedLandIsSplitIssuedAndRolledUpFromTheCities() {
		IndicatorSummary land = seed().indicator("耕地保有量");
		Decomposition split = this.decompositions.ofIndicator(land.id()).get(0);
		assertThat(split.state()).isEqualTo(DecompositionState.ISSUED);
		assertThat(split.illustrative()).isTrue();
		assertThat(split.steps()).extracting(DecompositionStep::to)
			.containsExactly(DecompositionState.DRAFT, DecompositionState.SUBMITTED, DecompositionState.APPROVED,
					DecompositionState.ISSUED);
		RollUp rollUp = this.rollUps.of(land.id(), 2012);
		assertThat(rollUp.citiesReporting()).isEqualTo(9);
		assertThat(rollUp.fromCities()).isEqualByComparingTo("553.6");
		assertThat(rollUp.cities()).filteredOn((c) -> c.standing().status() == IndicatorStatus.OFF_TRACK)
			.extracting(CityFigure::organisation)
			.containsExactly("延边州政府");
		assertThat(this.decompositions.ofIndicator(seed().id("城镇保障性安居工程建设")).get(0).state())
			.isEqualTo(DecompositionState.ISSUED);
	}

	@Test
	void theMidTermOutlookTellsTheIndicatorsApart() {
		Map<String, IndicatorOutlook> outlook = this.outlooks.of(seed().planId())
			.indicators()
			.stream()
			.collect(Collectors.toMap(IndicatorOutlook::name, Function.identity()));
		assertThat(this.outlooks.of(seed().planId()).illustrative()).isTrue();
		assertThat(outlook.get("单位地区生产总值能源消耗").verdict()).isEqualTo(OutlookVerdict.ACHIEVABLE);
		// nitrogen oxides rose in 2011: no progress to go on
		assertThat(outlook.get("氮氧化物排放").verdict()).isEqualTo(OutlookVerdict.UNLIKELY);
		assertThat(outlook.values()).extracting(IndicatorOutlook::verdict).doesNotContain(OutlookVerdict.UNKNOWN);
	}

	@Test
	void everyPageShowingTheDemoFiguresSaysTheyAreIllustrative() throws Exception {
		long planId = seed().planId();
		long land = seed().id("耕地保有量");
		for (String page : new String[] { "/plans/" + planId + "/indicators?indicator=" + land,
				"/plans/" + planId + "/indicators/outlook",
				"/plans/" + planId + "/indicators/" + land + "/decomposition" }) {
			this.mvc.perform(get(page).with(user(this.accounts.loadUserByUsername("leader"))))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("id=\"illustrative\""), containsString("示例数据："))));
		}
		// nitrogen oxides rose 3.2 % and fell 1.5 %: 1.032 · 0.985 = 1.0165, up 1.65 % in
		// all
		this.mvc
			.perform(
					get("/plans/{p}/indicators/outlook", planId).with(user(this.accounts.loadUserByUsername("leader"))))
			.andExpect(content().string(containsString("累计上升 1.65%")));
	}

	private SeedIndicators seed() {
		return new SeedIndicators(this.indicators, this.plans);
	}

}
