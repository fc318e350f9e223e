package org.luoshi.implementation.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.luoshi.implementation.FilingRow;
import org.luoshi.implementation.ImplementationPlanView;
import org.luoshi.implementation.ImplementationPlans;
import org.luoshi.implementation.MeasureInput;
import org.luoshi.implementation.MilestoneInput;
import org.luoshi.organisation.OrganisationDirectory;
import org.luoshi.plan.OrganisationTasks;
import org.luoshi.plan.PlanOverview;
import org.luoshi.plan.PlanRegister;
import org.luoshi.security.Actor;
import org.luoshi.security.CurrentActor;
import org.luoshi.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo data: the organisations carrying the most tasks of the demo plan answer with an
 * implementation plan — three filed with the office, one approved and not yet filed, one
 * still a draft — each with measures for its first tasks and milestones in the plan's
 * second year, which that year's reports then answer. Written through the services, as
 * the organisations' reporters and approvers would; the texts come from the message
 * files. {@code luoshi.demo.plan=false} skips it with the plan.
 */
@Component
@Order(OrganisationDirectory.DEMO_ORDER + 20)
@ConditionalOnExpression("${luoshi.demo.enabled:false} and ${luoshi.demo.plan:true}")
class DemoImplementationPlans implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoImplementationPlans.class);

	private static final int ORGANISATIONS = 5;

	private static final int TASKS_EACH = 3;

	private final PlanRegister register;

	private final ImplementationPlans plans;

	private final FilingStore filings;

	private final CurrentActor actors;

	private final MessageSource messages;

	DemoImplementationPlans(PlanRegister register, ImplementationPlans plans, FilingStore filings, CurrentActor actors,
			MessageSource messages) {
		this.register = register;
		this.plans = plans;
		this.filings = filings;
		this.actors = actors;
		this.messages = messages;
	}

	@Override
	public void run(ApplicationArguments args) {
		List<PlanOverview> all = this.register.plans();
		if (all.isEmpty() || all.get(0).startYear() == null || all.get(0).endYear() == null
				|| all.get(0).startYear() >= all.get(0).endYear()) {
			return;
		}
		PlanOverview plan = all.get(0);
		List<FilingRow> rows = this.filings.rows(plan.id(), null, LocalDate.now());
		if (rows.stream().anyMatch((r) -> r.newest() != null)) {
			return;
		}
		List<FilingRow> busiest = rows.stream()
			.sorted(Comparator.comparingInt(FilingRow::tasks).reversed().thenComparing(FilingRow::name))
			.limit(ORGANISATIONS)
			.toList();
		int year = plan.startYear() + 1;
		for (int i = 0; i < busiest.size(); i++) {
			write(plan.id(), busiest.get(i).organisationId(), year, i);
		}
		log.info("Demo implementation plans written for {} organisations", busiest.size());
	}

	private void write(long planId, long organisationId, int year, int which) {
		Actor reporter = new Actor(0, "demo", "demo", Role.REPORTER, organisationId);
		Actor approver = new Actor(0, "demo", "demo", Role.APPROVER, organisationId);
		List<MeasureInput> measures = new ArrayList<>();
		List<OrganisationTasks.Part> parts = this.register.tasksOf(organisationId, planId).tasks();
		for (OrganisationTasks.Part part : parts.subList(0, Math.min(TASKS_EACH, parts.size()))) {
			String subject = subject(part.task().text());
			measures.add(new MeasureInput(part.task().id(), text("measure", subject), null, text("division"), null,
					List.of(new MilestoneInput(text("milestone.plan", String.valueOf(year)), year + "-Q1",
							text("recognition.plan")),
							new MilestoneInput(text("milestone.done", String.valueOf(year)), year + "-Q4",
									text("recognition.done")))));
		}
		ImplementationPlanView drafted = this.actors.actingAs(reporter,
				() -> this.plans.addMeasures(planId, organisationId, 0, measures, List.of()));
		if (which >= 4) {
			return;
		}
		ImplementationPlanView approved = this.actors.actingAs(approver,
				() -> this.plans.approve(planId, organisationId, drafted.version()));
		if (which < 3) {
			this.actors.actingAs(approver, () -> this.plans.file(planId, organisationId, approved.version()));
		}
	}

	/** The task's first clause, which the measure takes up. */
	private static String subject(String task) {
		String first = task.split("[。；;，,]")[0].strip();
		return (first.length() > 40) ? first.substring(0, 40) : first;
	}

	private String text(String key, Object... arguments) {
		return this.messages.getMessage("implementation.demo." + key, arguments, Locale.SIMPLIFIED_CHINESE);
	}

}
