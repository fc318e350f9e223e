package org.luoshi.evaluation.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.luoshi.evaluation.internal.OrganisationFacts.IndicatorFact;
import org.luoshi.indicator.AnsweringOrganisation;
import org.luoshi.indicator.CityFigure;
import org.luoshi.indicator.DecompositionState;
import org.luoshi.indicator.Decompositions;
import org.luoshi.indicator.IndicatorYear;
import org.luoshi.indicator.IndicatorYears;
import org.luoshi.indicator.RollUp;
import org.luoshi.indicator.RollUps;
import org.luoshi.reporting.CycleConduct;
import org.luoshi.reporting.OrganisationConduct;
import org.luoshi.reporting.TaskAccount;

import org.springframework.stereotype.Component;

/**
 * Gathers what the data says of every organisation of a cycle for its assessment: one
 * query for how each reported, one for the task statuses, the plan's indicators as they
 * stood in the year, and the city roll-up of each binding indicator split among the
 * cities.
 */
@Component
public class AssessmentFacts {

	private final CycleConduct conduct;

	private final IndicatorYears indicators;

	private final RollUps rollUps;

	private final Decompositions decompositions;

	AssessmentFacts(CycleConduct conduct, IndicatorYears indicators, RollUps rollUps, Decompositions decompositions) {
		this.conduct = conduct;
		this.decompositions = decompositions;
		this.indicators = indicators;
		this.rollUps = rollUps;
	}

	public List<OrganisationFacts> of(long planId, int year, long cycleId,
			Map<Long, Map<String, OrganisationFacts.Mark>> marks) {
		Map<Long, List<TaskAccount>> tasks = new HashMap<>();
		this.conduct.tasks(cycleId)
			.forEach((t) -> tasks.computeIfAbsent(t.organisationId(), (k) -> new ArrayList<>()).add(t));
		Map<Long, List<IndicatorFact>> answered = indicatorsOf(planId, year);
		List<OrganisationFacts> facts = new ArrayList<>();
		for (OrganisationConduct c : this.conduct.organisations(cycleId)) {
			long id = c.organisationId();
			facts.add(new OrganisationFacts(c, tasks.getOrDefault(id, List.of()), answered.getOrDefault(id, List.of()),
					marks.getOrDefault(id, Map.of())));
		}
		return facts;
	}

	// a binding indicator counts for those that lead it (all that answer where none
	// leads),
	// and its issued split for each city on its own share
	private Map<Long, List<IndicatorFact>> indicatorsOf(long planId, int year) {
		Map<Long, List<IndicatorFact>> answered = new HashMap<>();
		for (IndicatorYear i : this.indicators.ofPlan(planId, year)) {
			if (!i.binding()) {
				continue;
			}
			List<AnsweringOrganisation> leads = i.organisations().stream().filter(AnsweringOrganisation::lead).toList();
			String figure = (i.figure() != null) ? plain(i.figure().value()) : null;
			String target = (i.target() != null) ? plain(i.target()) : null;
			IndicatorFact fact = new IndicatorFact(i.id(), i.name(), false, figure, target,
					i.standing().status().code());
			(leads.isEmpty() ? i.organisations() : leads)
				.forEach((o) -> answered.computeIfAbsent(o.id(), (k) -> new ArrayList<>()).add(fact));
			if (i.toDecompose()) {
				split(i, year).forEach((city) -> answered
					.computeIfAbsent(city.organisationId(), (k) -> new ArrayList<>())
					.add(new IndicatorFact(i.id(), i.name(), true, (city.value() != null) ? plain(city.value()) : null,
							(city.target() != null) ? plain(city.target()) : null,
							(city.standing() != null) ? city.standing().status().code() : "no-data")));
			}
		}
		return answered;
	}

	private List<CityFigure> split(IndicatorYear indicator, int year) {
		// asked first, as a refusal inside the assessment's transaction would roll it
		// back
		boolean issued = this.decompositions.ofIndicator(indicator.id())
			.stream()
			.anyMatch((d) -> d.state() == DecompositionState.ISSUED);
		if (!issued) {
			// not split yet: no city answers for a share of it
			return List.of();
		}
		RollUp rollUp = this.rollUps.of(indicator.id(), year);
		return rollUp.cities();
	}

	private static String plain(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}

}
