package org.luoshi.reporting.internal;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.luoshi.common.Vocabulary;
import org.luoshi.organisation.OrganisationDirectory;
import org.luoshi.plan.PlanOverview;
import org.luoshi.plan.PlanRegister;
import org.luoshi.reporting.CycleOpening;
import org.luoshi.reporting.CycleView;
import org.luoshi.reporting.Cycles;
import org.luoshi.security.Actor;
import org.luoshi.security.CurrentActor;
import org.luoshi.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo data: opens the reporting cycle of the demo plan's first year, so that the demo
 * reporter has a report to write. The seed plan's years are long past, so the cycle is
 * due on the next 31 March still ahead (the office may set any deadline). Only a plan
 * without cycles gets one; {@code luoshi.demo.cycle=false} skips it.
 */
@Vocabulary("demo data: the names and accounts of the demonstration province")
@Component
@Order(OrganisationDirectory.DEMO_ORDER + 30)
@ConditionalOnExpression("${luoshi.demo.enabled:false} and ${luoshi.demo.plan:true} and ${luoshi.demo.cycle:true}")
class DemoCycle implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoCycle.class);

	private final PlanRegister plans;

	private final Cycles cycles;

	private final Schedules schedules;

	private final ReportingProperties properties;

	private final CurrentActor actors;

	DemoCycle(PlanRegister plans, Cycles cycles, Schedules schedules, ReportingProperties properties,
			CurrentActor actors) {
		this.actors = actors;
		this.plans = plans;
		this.cycles = cycles;
		this.schedules = schedules;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) {
		// opening a cycle is the planning office's work, done here with nobody signed in
		Actor demo = new Actor(0, "demo", "演示数据", Role.OFFICE, null);
		this.actors.actingAs(demo, this::openFirstYear);
	}

	private CycleView openFirstYear() {
		List<PlanOverview> all = this.plans.plans();
		if (all.isEmpty() || all.get(0).startYear() == null || !this.cycles.ofPlan(all.get(0).id()).isEmpty()) {
			return null;
		}
		PlanOverview plan = all.get(0);
		CycleView cycle = this.cycles.open(plan.id(),
				new CycleOpening(plan.startYear(), deadline(plan.id(), plan.startYear()), List.of()));
		log.info("Demo reporting cycle {} opened, due {}", cycle.year(), cycle.deadline());
		return cycle;
	}

	/**
	 * The regular deadline of the year when it is still ahead, else the next 31 March.
	 */
	private LocalDateTime deadline(long planId, int year) {
		ZoneId zone = ZoneId.of(this.schedules.of(planId).timeZone());
		LocalDateTime now = LocalDateTime.now(this.schedules.clock().withZone(zone));
		LocalDateTime regular = this.properties.deadlineDay().atYear(year + 1).atTime(this.properties.deadlineTime());
		if (regular.isAfter(now)) {
			return regular;
		}
		LocalDateTime due = this.properties.deadlineDay().atYear(now.getYear()).atTime(this.properties.deadlineTime());
		return due.isAfter(now) ? due : due.plusYears(1);
	}

}
