package org.luoshi.indicator;

import org.luoshi.plan.PlanRegister;

/**
 * The seed plan's indicators found by name, for tests on the application with demo data.
 */
public final class SeedIndicators {

	private final Indicators indicators;

	private final PlanRegister plans;

	public SeedIndicators(Indicators indicators, PlanRegister plans) {
		this.indicators = indicators;
		this.plans = plans;
	}

	public long planId() {
		return this.plans.plans().get(0).id();
	}

	public IndicatorSummary indicator(String name) {
		return this.indicators.ofPlan(planId())
			.stream()
			.filter((i) -> i.name().equals(name))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("the seed plan has no indicator " + name));
	}

	public long id(String name) {
		return indicator(name).id();
	}

}
