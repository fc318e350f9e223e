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
 * Demo data: the demo plan's first year reported in full as it would have been — a
 * filled, accepted cycle marked illustrative (示例数据, see {@link DemoYear}) — and the cycle
 * of its second year opened, so that the demo reporter has a report to write. The seed
 * plan's years are long past, so that cycle is due on the next 31 March still ahead (the
 * office may set any deadline). Only a plan without cycles gets them;
 * {@code luoshi.demo.cycle=false} skips both.
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

	private final DemoYear history;

	DemoCycle(PlanRegister plans, Cycles cycles, Schedules schedules, ReportingProperties properties,
			CurrentActor actors, DemoYear history) {
		this.actors = actors;
		this.history = history;
		this.plans = plans;
		this.cycles = cycles;
		this.schedules = schedules;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) {
		// opening a cycle is the planning office's work, done here with nobody signed in
		Actor office = new Actor(0, "office", "office", Role.OFFICE, null);
		List<PlanOverview> all = this.plans.plans();
		if (all.isEmpty() || all.get(0).startYear() == null
				|| !this.actors.actingAs(office, () -> this.cycles.ofPlan(all.get(0).id())).isEmpty()) {
			return;
		}
		PlanOverview plan = all.get(0);
		ZoneId zone = ZoneId.of(this.schedules.of(plan.id()).timeZone());
		long start = System.nanoTime();
		CycleView past = this.history.write(plan.id(), plan.startYear(), zone);
		log.info("Demo reporting cycle {} written as it happened, marked illustrative: {} reports in {} ms",
				past.year(), past.organisations(), (System.nanoTime() - start) / 1_000_000);
		if (plan.endYear() == null || plan.startYear() < plan.endYear()) {
			this.actors.actingAs(office, () -> openSecondYear(plan));
		}
	}

	private CycleView openSecondYear(PlanOverview plan) {
		int year = plan.startYear() + 1;
		CycleView cycle = this.cycles.open(plan.id(), new CycleOpening(year, deadline(plan.id(), year), List.of()));
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
