package org.luoshi.plan;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.luoshi.plan.internal.LinkStore;
import org.luoshi.plan.internal.LinkStore.PlanPlace;
import org.luoshi.plan.internal.LinkStore.TaskRef;
import org.luoshi.plan.internal.RegisterAccess;
import org.luoshi.plan.internal.TextSimilarity;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plans linked across levels: a city's plan stands under the province's (a province's
 * under the national plan), and each task of the lower plan is linked to the task above
 * that it carries down — proposed by the likeness of their words, then confirmed,
 * corrected or rejected by the planning office or by the organisation that issued the
 * lower plan. A plan never goes under itself or under a plan below it, and two tasks are
 * linked only when the one's plan stands directly under the other's; a refused change
 * keeps nothing. Every change is audited.
 */
@Service
@Transactional(readOnly = true)
public class TaskLinks {

	private final LinkStore links;

	private final RegisterAccess access;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	TaskLinks(LinkStore links, RegisterAccess access, ApplicationEventPublisher events, Clock clock) {
		this.links = links;
		this.access = access;
		this.events = events;
		this.clock = clock;
	}

	/** The plan directly above this one, if any. */
	public Long parentOf(long planId) {
		return place(planId).parentPlanId();
	}

	/** The organisation that issued the plan, as the directory knows it; null if none. */
	public Long issuerOf(long planId) {
		return place(planId).issuerOrganisationId();
	}

	/**
	 * Puts the plan under another (null: under none) and proposes the links of its tasks
	 * afresh: undecided proposals are dropped and links into a former plan above go.
	 * @throws RegisterRefusal.PlanNotFound when either plan does not exist
	 * @throws LinkRefusal.PlanCycle when the plan above is the plan itself or below it
	 */
	@Transactional
	public int placeUnder(long planId, Long parentPlanId, String actor) {
		this.access.placePlans();
		PlanPlace plan = place(planId);
		requirePlaceable(planId, parentPlanId);
		int dropped = this.links.dropProposed(planId) + this.links.dropLinksNotInto(planId, parentPlanId);
		this.links.placeUnder(planId, parentPlanId);
		int proposed = (parentPlanId != null) ? propose(planId, parentPlanId, actor) : 0;
		this.events.publishEvent(new PlanPlaced(planId, parentPlanId, plan.parentPlanId(), proposed, dropped, actor));
		return proposed;
	}

	/**
	 * Refuses a plan above that does not exist or that would make a cycle.
	 * @throws RegisterRefusal.PlanNotFound when the plan above does not exist
	 * @throws LinkRefusal.PlanCycle when it is the plan itself or below it
	 */
	public void requirePlaceable(Long planId, Long parentPlanId) {
		if (parentPlanId == null) {
			return;
		}
		place(parentPlanId);
		if (planId != null && this.links.atOrBelow(parentPlanId, planId)) {
			throw new LinkRefusal.PlanCycle(planId, parentPlanId);
		}
	}

	/**
	 * Records the organisation that issued the plan (on import, resolved from the issuer
	 * the notice names).
	 */
	@Transactional
	public void issuedBy(long planId, Long organisationId) {
		this.access.placePlans();
		this.links.issuedBy(planId, organisationId);
	}

	/**
	 * For each task of the plan without a link standing, the task above whose words are
	 * most alike, if alike enough; a pair once rejected is not proposed again.
	 */
	private int propose(long planId, long parentPlanId, String actor) {
		Set<Long> settled = new HashSet<>();
		Set<String> known = new HashSet<>();
		for (LinkStore.Pair pair : this.links.pairsOf(planId)) {
			known.add(pair.childTaskId() + ":" + pair.parentTaskId());
			if (!TaskLinkView.REJECTED.equals(pair.status())) {
				settled.add(pair.childTaskId());
			}
		}
		List<LinkStore.TaskText> above = this.links.texts(parentPlanId);
		List<Map<String, Integer>> aboveWords = above.stream()
			.map((t) -> TextSimilarity.bigrams(t.comparedText()))
			.toList();
		List<LinkStore.Proposal> proposals = new ArrayList<>();
		for (LinkStore.TaskText task : this.links.texts(planId)) {
			if (settled.contains(task.id())) {
				continue;
			}
			Map<String, Integer> words = TextSimilarity.bigrams(task.comparedText());
			double best = TextSimilarity.THRESHOLD;
			LinkStore.TaskText chosen = null;
			for (int i = 0; i < above.size(); i++) {
				if (known.contains(task.id() + ":" + above.get(i).id())) {
					continue;
				}
				double score = TextSimilarity.score(words, aboveWords.get(i));
				if (score >= best && (chosen == null || score > best)) {
					best = score;
					chosen = above.get(i);
				}
			}
			if (chosen != null) {
				proposals.add(new LinkStore.Proposal(task.id(), chosen.id(), Math.round(best * 10000) / 10000.0));
			}
		}
		this.links.propose(proposals, actor, now());
		return proposals.size();
	}

	/**
	 * Proposes again the links of a plan that stands under another, for its tasks without
	 * a link standing.
	 * @throws LinkRefusal.NoParentPlan when the plan stands under none
	 */
	@Transactional
	public int proposeAgain(long planId, String actor) {
		this.access.placePlans();
		Long parent = parentOf(planId);
		if (parent == null) {
			throw new LinkRefusal.NoParentPlan(planId);
		}
		int proposed = propose(planId, parent, actor);
		this.events.publishEvent(new PlanPlaced(planId, parent, parent, proposed, 0, actor));
		return proposed;
	}

	/**
	 * Confirms a proposed link: the task carries down that task above; the task's other
	 * links still standing are rejected.
	 * @throws LinkRefusal.LinkNotFound when there is no such link
	 * @throws LinkRefusal.NotYourPlan for anyone but the office and the lower plan's
	 * issuer
	 * @throws LinkRefusal.LinkStale when it was decided since the version given
	 */
	@Transactional
	public TaskLinkView confirm(long linkId, Integer version, String actor) {
		return decide(linkId, version, TaskLinkView.CONFIRMED, actor);
	}

	/** Rejects a link: the task does not carry down that task above. */
	@Transactional
	public TaskLinkView reject(long linkId, Integer version, String actor) {
		return decide(linkId, version, TaskLinkView.REJECTED, actor);
	}

	/**
	 * Links a task of a lower plan to the task above it carries down, by hand (a
	 * correction of the proposal): the link is confirmed and the task's other links still
	 * standing are rejected.
	 * @throws RegisterRefusal.TaskNotFound when either task does not exist
	 * @throws LinkRefusal.LinkCycle when the task above lies below the task, or is the
	 * task itself
	 * @throws LinkRefusal.UnrelatedPlans when the plans are not a plan and the one
	 * directly above it
	 * @throws LinkRefusal.NotYourPlan for anyone but the office and the lower plan's
	 * issuer
	 */
	@Transactional
	public TaskLinkView link(long childTaskId, long parentTaskId, String actor) {
		TaskRef child = task(childTaskId);
		TaskRef parent = task(parentTaskId);
		PlanPlace lower = place(child.planId());
		requireMayDecide(lower);
		if (childTaskId == parentTaskId
				|| (child.planId() != parent.planId() && this.links.atOrBelow(parent.planId(), child.planId()))) {
			throw new LinkRefusal.LinkCycle(child.code(), parent.code());
		}
		if (!Objects.equals(lower.parentPlanId(), parent.planId())) {
			throw new LinkRefusal.UnrelatedPlans(child.code(), child.planId(), parent.code(), parent.planId());
		}
		TaskLinkView existing = this.links.find(childTaskId, parentTaskId).orElse(null);
		if (existing != null) {
			return existing.confirmed() ? existing : decide(existing, TaskLinkView.CONFIRMED, actor);
		}
		long id = this.links.insertConfirmed(childTaskId, parentTaskId, actor, now());
		TaskLinkView made = find(id);
		rejectOthers(made, actor);
		this.events.publishEvent(new TaskLinkDecided(id, childTaskId, child.code(), parentTaskId, parent.code(),
				TaskLinkView.CONFIRMED, actor));
		return made;
	}

	/**
	 * Links a task to the task of the plan above that has this number
	 * (chapter.section.n).
	 * @throws LinkRefusal.NoParentPlan when the task's plan stands under none
	 * @throws LinkRefusal.ParentCodeNotFound when the plan above has no such task
	 */
	@Transactional
	public TaskLinkView linkByCode(long childTaskId, String parentCode, String actor) {
		TaskRef child = task(childTaskId);
		PlanPlace lower = place(child.planId());
		requireMayDecide(lower);
		if (lower.parentPlanId() == null) {
			throw new LinkRefusal.NoParentPlan(lower.id());
		}
		String code = (parentCode == null) ? "" : parentCode.strip();
		Long parentTaskId = this.links.taskByCode(lower.parentPlanId(), code)
			.orElseThrow(() -> new LinkRefusal.ParentCodeNotFound(code));
		return link(childTaskId, parentTaskId, actor);
	}

	/** One link. */
	public TaskLinkView link(long linkId) {
		return find(linkId);
	}

	/** Where a task went: the tasks of the plans below linked to it. One statement. */
	public List<TaskLinkView> down(long taskId) {
		return this.links.down(taskId);
	}

	/** What a task carries down: the tasks of the plan above linked to it. */
	public List<TaskLinkView> up(long taskId) {
		return this.links.up(taskId);
	}

	/** Every link of a lower plan's tasks, for the office or the city to go through. */
	public List<TaskLinkView> ofPlan(long planId) {
		place(planId);
		return this.links.ofPlan(planId);
	}

	/**
	 * Whether the signed-in user may confirm, correct or reject the links of the plan's
	 * tasks (the pages show the forms to those only).
	 */
	public boolean mayDecide(long planId) {
		try {
			return this.access.mayDecideLinks(place(planId).issuerOrganisationId());
		}
		catch (RuntimeException refused) {
			return false;
		}
	}

	private TaskLinkView decide(long linkId, Integer version, String status, String actor) {
		TaskLinkView link = find(linkId);
		requireMayDecide(place(link.childPlanId()));
		if (version != null && version != link.version()) {
			throw new LinkRefusal.LinkStale(linkId, version);
		}
		TaskLinkView decided = decide(link, status, actor);
		return decided;
	}

	private TaskLinkView decide(TaskLinkView link, String status, String actor) {
		if (!this.links.decide(link.id(), link.version(), status, actor, now())) {
			throw new LinkRefusal.LinkStale(link.id(), link.version());
		}
		if (TaskLinkView.CONFIRMED.equals(status)) {
			rejectOthers(link, actor);
		}
		this.events.publishEvent(new TaskLinkDecided(link.id(), link.childTaskId(), link.childCode(),
				link.parentTaskId(), link.parentCode(), status, actor));
		return find(link.id());
	}

	private void rejectOthers(TaskLinkView kept, String actor) {
		for (TaskLinkView other : this.links.othersStanding(kept.childTaskId(), kept.id())) {
			if (!this.links.decide(other.id(), other.version(), TaskLinkView.REJECTED, actor, now())) {
				throw new LinkRefusal.LinkStale(other.id(), other.version());
			}
			this.events.publishEvent(new TaskLinkDecided(other.id(), other.childTaskId(), other.childCode(),
					other.parentTaskId(), other.parentCode(), TaskLinkView.REJECTED, actor));
		}
	}

	private void requireMayDecide(PlanPlace lower) {
		if (!this.access.mayDecideLinks(lower.issuerOrganisationId())) {
			throw new LinkRefusal.NotYourPlan(lower.title());
		}
	}

	private TaskLinkView find(long linkId) {
		return this.links.find(linkId).orElseThrow(() -> new LinkRefusal.LinkNotFound(linkId));
	}

	private TaskRef task(long taskId) {
		return this.links.task(taskId).orElseThrow(() -> new RegisterRefusal.TaskNotFound(taskId));
	}

	private PlanPlace place(long planId) {
		return this.links.place(planId).orElseThrow(() -> new RegisterRefusal.PlanNotFound(planId));
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(this.clock);
	}

}
