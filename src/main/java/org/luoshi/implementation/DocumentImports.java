package org.luoshi.implementation;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.luoshi.implementation.internal.DocumentStore;
import org.luoshi.implementation.internal.ImplementationAccess;
import org.luoshi.implementation.internal.document.Candidate;
import org.luoshi.implementation.internal.document.DocumentProblem;
import org.luoshi.implementation.internal.document.ImplementationDocumentReader;
import org.luoshi.implementation.internal.document.Proposal;
import org.luoshi.implementation.internal.document.ReadDocument;
import org.luoshi.implementation.internal.document.ReadMilestone;
import org.luoshi.implementation.internal.document.TaskMatcher;
import org.luoshi.plan.OrganisationTasks;
import org.luoshi.plan.PlanRegister;
import org.luoshi.security.Actor;
import org.luoshi.security.Role;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An organisation's own implementation plan document (.docx or .xlsx) read into its
 * draft: the upload is read and each item proposed for one of the tasks the organisation
 * carries (by the task's number where the document names it, else by its words); the
 * reporter confirms or corrects each proposal, and only then are the items kept, all at
 * once, as measures of the draft. The document is kept until then; reading it again gives
 * the same proposals.
 */
@Service
@Transactional
public class DocumentImports {

	/** Largest document accepted. */
	public static final int SIZE_LIMIT = 20 * 1024 * 1024;

	private final DocumentStore documents;

	private final ImplementationPlans plans;

	private final PlanRegister register;

	private final ImplementationAccess access;

	private final Clock clock;

	private final ImplementationDocumentReader reader = new ImplementationDocumentReader();

	private final TaskMatcher matcher = new TaskMatcher();

	DocumentImports(DocumentStore documents, ImplementationPlans plans, PlanRegister register,
			ImplementationAccess access, Clock clock) {
		this.documents = documents;
		this.plans = plans;
		this.register = register;
		this.access = access;
		this.clock = clock;
	}

	/**
	 * Reads the document and keeps it, awaiting confirmation.
	 * @throws ImplementationRefusal.DocumentUnreadable naming why and where
	 */
	public DocumentProposal upload(long planId, long organisationId, String fileName, byte[] content) {
		Actor actor = this.access.act(organisationId, Role.REPORTER, "write");
		String name = (fileName != null && !fileName.isBlank()) ? fileName.strip() : "document";
		if (content.length > SIZE_LIMIT) {
			throw new ImplementationRefusal.DocumentUnreadable(name, DocumentProblem.TOO_LARGE, null,
					content.length + " bytes");
		}
		List<TaskPlan> tasks = carried(planId, organisationId);
		ReadDocument read = read(name, content);
		long id = this.documents.add(planId, organisationId, name, content, actor.username(),
				OffsetDateTime.now(this.clock));
		return proposal(id, planId, organisationId, name, read, tasks);
	}

	/** The proposals for a document awaiting confirmation. */
	@Transactional(readOnly = true)
	public DocumentProposal proposal(long planId, long organisationId, long documentId) {
		this.access.act(organisationId, Role.REPORTER, "write");
		DocumentStore.Document document = awaiting(planId, organisationId, documentId);
		return proposal(documentId, planId, organisationId, document.fileName(),
				read(document.fileName(), document.content()), carried(planId, organisationId));
	}

	/**
	 * Keeps the items the reporter confirmed, each for the task it chose, as measures of
	 * the draft, all or none.
	 * @param choices item index to task id; an item not named is left out
	 */
	public ImplementationPlanView confirm(long planId, long organisationId, long documentId, Integer expectedVersion,
			Map<Integer, Long> choices) {
		Actor actor = this.access.act(organisationId, Role.REPORTER, "write");
		ImplementationPlans.required(expectedVersion);
		DocumentProposal proposal = proposal(planId, organisationId, documentId);
		List<MeasureInput> measures = new ArrayList<>();
		List<Integer> lines = new ArrayList<>();
		for (ProposedItem item : proposal.items()) {
			Long task = choices.get(item.index());
			if (task != null) {
				measures.add(new MeasureInput(task, item.measure(), item.part(), item.division(), item.contact(),
						item.milestones()));
				lines.add(item.line());
			}
		}
		if (measures.isEmpty()) {
			throw new ImplementationRefusal.NothingConfirmed(proposal.fileName());
		}
		ImplementationPlanView view = this.plans.addMeasures(planId, organisationId, expectedVersion, measures, lines);
		this.documents.decided(documentId, "confirmed", actor.username(), OffsetDateTime.now(this.clock));
		return view;
	}

	/** Drops a document awaiting confirmation; nothing of it is kept in the plan. */
	public void discard(long planId, long organisationId, long documentId) {
		Actor actor = this.access.act(organisationId, Role.REPORTER, "write");
		awaiting(planId, organisationId, documentId);
		this.documents.decided(documentId, "discarded", actor.username(), OffsetDateTime.now(this.clock));
	}

	private DocumentStore.Document awaiting(long planId, long organisationId, long documentId) {
		return this.documents.find(documentId)
			.filter((d) -> d.planId() == planId && d.organisationId() == organisationId)
			.filter((d) -> d.status().equals("proposed"))
			.orElseThrow(() -> new ImplementationRefusal.DocumentNotFound(documentId));
	}

	private ReadDocument read(String name, byte[] content) {
		try {
			return this.reader.read(content, name);
		}
		catch (DocumentProblem ex) {
			throw new ImplementationRefusal.DocumentUnreadable(name, ex.code(), ex.line(), ex.detail());
		}
	}

	private List<TaskPlan> carried(long planId, long organisationId) {
		OrganisationTasks tasks = this.register.tasksOf(organisationId, planId);
		if (tasks.tasks().isEmpty()) {
			throw new ImplementationRefusal.NoTasks(tasks.name());
		}
		return tasks.tasks()
			.stream()
			.map((p) -> new TaskPlan(p.task().id(), p.task().code(), p.task().text(), p.part(),
					p.task().assignments().size() > 1 || p.through() != null, List.of()))
			.toList();
	}

	private DocumentProposal proposal(long id, long planId, long organisationId, String fileName, ReadDocument read,
			List<TaskPlan> tasks) {
		// matched against the organisation's own tasks: a heading may also fit another's
		List<Proposal> proposals = this.matcher.propose(read.items(),
				tasks.stream().map((t) -> new Candidate(t.taskId(), t.code(), t.text())).toList());
		List<ProposedItem> items = new ArrayList<>();
		for (int i = 0; i < proposals.size(); i++) {
			Proposal p = proposals.get(i);
			List<MilestoneInput> milestones = new ArrayList<>();
			int undated = 0;
			for (ReadMilestone m : p.item().milestones()) {
				if (m.due() == null) {
					undated++;
					continue;
				}
				String deliverable = (m.deliverable() != null && !m.deliverable().isBlank()) ? m.deliverable()
						: m.dueText();
				milestones.add(new MilestoneInput(deliverable, m.due().code(), m.recognition()));
			}
			items.add(new ProposedItem(i, p.item().line(), p.item().numbering(), p.item().taskText(),
					p.item().measure(), p.item().division(), p.item().contact(), p.item().part(), milestones, undated,
					p.taskId(), p.basis().name().toLowerCase(java.util.Locale.ROOT), p.score(), p.alternatives()));
		}
		return new DocumentProposal(id, planId, organisationId, fileName, items, read.warnings(), tasks);
	}

}
