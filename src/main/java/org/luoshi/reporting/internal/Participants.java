package org.luoshi.reporting.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.luoshi.indicator.AnsweringOrganisation;
import org.luoshi.indicator.IndicatorSummary;
import org.luoshi.indicator.Indicators;
import org.luoshi.organisation.OrganisationDirectory;
import org.luoshi.organisation.OrganisationRef;
import org.luoshi.plan.AssignmentView;
import org.luoshi.plan.PlanRegister;
import org.luoshi.plan.TaskFilter;
import org.luoshi.plan.TaskSummary;
import org.luoshi.reporting.EntryKind;

import org.springframework.stereotype.Component;

/**
 * Who reports on what in a plan: every organisation with an open assignment, a collective
 * name (各市（州）政府) standing for each of its members. A task led by one organisation with
 * others is the lead's to consolidate and the others' to contribute to; a task answered
 * alone or by duty is each organisation's own. An indicator is owed by the organisation
 * that leads it, or by the first named where none leads.
 */
@Component
public class Participants {

	/** One task in an organisation's report. */
	public record Part(long taskId, EntryKind kind, Long leadOrganisationId) {
	}

	/** What one organisation reports on. */
	public record Duties(long organisationId, List<Part> tasks, List<Long> indicators) {
	}

	private final PlanRegister register;

	private final OrganisationDirectory directory;

	private final Indicators indicators;

	Participants(PlanRegister register, OrganisationDirectory directory, Indicators indicators) {
		this.register = register;
		this.directory = directory;
		this.indicators = indicators;
	}

	/** Every organisation that reports in the plan, in the order they first appear. */
	public Map<Long, Duties> of(long planId) {
		Map<Long, List<Part>> tasks = new LinkedHashMap<>();
		Map<Long, List<Long>> members = new HashMap<>();
		List<TaskSummary> all = this.register.tasks(planId, TaskFilter.none(), 0, Integer.MAX_VALUE).items();
		// every organisation named, read at once: one by one was a query per assignment
		Map<Long, OrganisationRef> named = new HashMap<>();
		this.directory
			.getAll(all.stream()
				.flatMap((task) -> task.assignments().stream())
				.map(AssignmentView::organisationId)
				.distinct()
				.toList())
			.forEach((organisation) -> named.put(organisation.id(), organisation));
		for (TaskSummary task : all) {
			Map<Long, String> roles = new LinkedHashMap<>();
			Long lead = null;
			for (AssignmentView a : task.assignments()) {
				OrganisationRef organisation = named.get(a.organisationId());
				if (organisation.collective()) {
					members.computeIfAbsent(organisation.id(), this::activeMembers)
						.forEach((member) -> roles.putIfAbsent(member, a.role()));
				}
				else {
					roles.putIfAbsent(organisation.id(), a.role());
					if (lead == null && "lead".equals(a.role())) {
						lead = organisation.id();
					}
				}
			}
			for (Long organisation : roles.keySet()) {
				tasks.computeIfAbsent(organisation, (k) -> new ArrayList<>())
					.add(part(task.id(), organisation, lead, roles.size()));
			}
		}
		Map<Long, List<Long>> owed = owedIndicators(planId);
		Map<Long, Duties> duties = new LinkedHashMap<>();
		tasks.forEach((organisation, parts) -> duties.put(organisation,
				new Duties(organisation, parts, owed.getOrDefault(organisation, List.of()))));
		return duties;
	}

	private static Part part(long taskId, long organisation, Long lead, int answering) {
		if (lead == null || (lead == organisation && answering == 1)) {
			return new Part(taskId, EntryKind.OWN, null);
		}
		return (lead == organisation) ? new Part(taskId, EntryKind.LEAD, null)
				: new Part(taskId, EntryKind.CONTRIBUTION, lead);
	}

	private List<Long> activeMembers(long collectiveId) {
		return this.directory.membersOf(collectiveId)
			.stream()
			.filter(OrganisationRef::active)
			.map(OrganisationRef::id)
			.toList();
	}

	private Map<Long, List<Long>> owedIndicators(long planId) {
		Map<Long, List<Long>> owed = new HashMap<>();
		for (IndicatorSummary indicator : this.indicators.ofPlan(planId)) {
			Collection<AnsweringOrganisation> answering = indicator.organisations();
			answering.stream()
				.filter(AnsweringOrganisation::lead)
				.findFirst()
				.or(() -> answering.stream().findFirst())
				.ifPresent((owner) -> owed.computeIfAbsent(owner.id(), (k) -> new ArrayList<>()).add(indicator.id()));
		}
		return owed;
	}

}
