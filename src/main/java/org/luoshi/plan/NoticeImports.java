package org.luoshi.plan;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.luoshi.notice.NoticeDraft;
import org.luoshi.notice.ResponsibleOrganisation;
import org.luoshi.organisation.OrganisationDirectory;
import org.luoshi.organisation.OrganisationNotFound;
import org.luoshi.organisation.OrganisationRef;
import org.luoshi.plan.internal.RegisterAccess;
import org.luoshi.plan.internal.RegisterWords;
import org.luoshi.plan.internal.ImportStore;
import org.luoshi.plan.internal.NoticeStore;
import org.luoshi.plan.internal.ParsedNotices;
import org.luoshi.plan.internal.ParsedNotices.Read;
import org.luoshi.plan.internal.PlanStore;
import org.luoshi.plan.internal.RegisterWriter;
import org.luoshi.plan.internal.Revisions;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Importing a division notice as a reviewed action: an upload becomes a pending import
 * that shows what was read and what needs a decision (names the directory does not know,
 * warnings, a revision's changes); the office maps the unknown names and confirms, and
 * the notice goes into the register in one transaction — or is discarded.
 */
@Service
@Transactional(readOnly = true)
public class NoticeImports {

	private final ImportStore imports;

	private final NoticeStore notices;

	private final PlanStore plans;

	private final RegisterWriter writer;

	private final Revisions revisions;

	private final OrganisationDirectory directory;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final RegisterAccess access;

	private final ParsedNotices parsed;

	private final TaskLinks links;

	NoticeImports(ImportStore imports, NoticeStore notices, PlanStore plans, RegisterWriter writer, Revisions revisions,
			OrganisationDirectory directory, ApplicationEventPublisher events, Clock clock, RegisterAccess access,
			ParsedNotices parsed, TaskLinks links) {
		this.parsed = parsed;
		this.links = links;
		this.access = access;
		this.imports = imports;
		this.notices = notices;
		this.plans = plans;
		this.writer = writer;
		this.revisions = revisions;
		this.directory = directory;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Reads an uploaded notice and keeps it as a pending import.
	 * @throws ImportRefusal.UnreadableNotice when the file is not a notice the importer
	 * can read
	 */
	@Transactional
	public ImportPreview upload(byte[] content, String fileName, String actor) {
		this.access.importNotices();
		return upload(content, fileName, null, actor);
	}

	/**
	 * Reads an uploaded notice or division spreadsheet meant to revise the given plan
	 * (null: the plan its title names, or a new one).
	 * @throws ImportRefusal.UnreadableNotice when the file is not a notice the importer
	 * can read
	 * @throws org.luoshi.plan.internal.sheet.DivisionSheetErrors when a spreadsheet is
	 * malformed, row by row
	 */
	@Transactional
	public ImportPreview upload(byte[] content, String fileName, Long revisedPlanId, String actor) {
		return upload(content, fileName, revisedPlanId, null, actor);
	}

	/**
	 * Reads an uploaded notice meant to revise the given plan (null: the plan its title
	 * names, or a new one) and to stand under the given plan above (null: where it
	 * stands, or under none) — a city's division notice under the province's plan.
	 * @throws ImportRefusal.UnreadableNotice when the file is not a notice the importer
	 * can read
	 * @throws RegisterRefusal.PlanNotFound when either plan does not exist
	 * @throws LinkRefusal.PlanCycle when the plan above is the revised plan or below it
	 */
	@Transactional
	public ImportPreview upload(byte[] content, String fileName, Long revisedPlanId, Long parentPlanId, String actor) {
		this.access.importNotices();
		Read read = this.parsed.read(content, fileName);
		if (revisedPlanId != null) {
			plans.requireExists(revisedPlanId);
		}
		this.links.requirePlaceable(revisedPlanId, parentPlanId);
		Long planId = notices.findBySha256(read.text().sha256())
			.map(NoticeStore.StoredNotice::planId)
			.orElseGet(() -> revisedPlanId != null ? revisedPlanId : planOf(read).orElse(null));
		if (planId == null && read.spreadsheet() && read.draft().plan().title() == null) {
			throw new ImportRefusal.SheetWithoutPlan(fileName);
		}
		if (planId != null) {
			this.links.requirePlaceable(planId, parentPlanId);
		}
		long id = imports.create(read.text().sha256(), fileName, content, planId, parentPlanId, actor, now());
		return preview(id);
	}

	/**
	 * What the pending import will do, recomputed from the stored notice and the office's
	 * mappings; a draft is the office's own until it is confirmed.
	 */
	public ImportPreview preview(long importId) {
		this.access.importNotices();
		ImportStore.PendingImport pending = pending(importId);
		Read read = this.parsed.read(pending.content(), pending.fileName());
		Map<String, Long> mappings = imports.mappings(importId);
		List<NameResolution> names = resolve(read.draft(), mappings);
		Optional<NoticeStore.StoredNotice> same = notices.findBySha256(pending.sha256());
		if (same.isPresent()) {
			return new ImportPreview(importId, pending.fileName(), pending.sha256(), ImportKind.ALREADY_IMPORTED,
					same.get().planId(), read.draft(), names, null, pending.parentPlanId());
		}
		Optional<Long> plan = pending.planId() != null ? Optional.of(pending.planId()) : planOf(read);
		if (plan.isEmpty()) {
			return new ImportPreview(importId, pending.fileName(), pending.sha256(), ImportKind.NEW_PLAN, null,
					read.draft(), names, null, pending.parentPlanId());
		}
		RevisionDiff diff = names.stream().anyMatch(NameResolution::unknown) ? null
				: revisions.match(plan.get(), read.draft(), ids(names)).diff();
		return new ImportPreview(importId, pending.fileName(), pending.sha256(), ImportKind.REVISION, plan.get(),
				read.draft(), names, diff, pending.parentPlanId());
	}

	/** The office's decision for a name the directory does not know. */
	@Transactional
	public ImportPreview map(long importId, String writtenName, long organisationId) {
		this.access.importNotices();
		ImportStore.PendingImport pending = pending(importId);
		requirePending(pending);
		try {
			directory.get(organisationId);
		}
		catch (OrganisationNotFound ex) {
			throw new ImportRefusal.MappedOrganisationNotFound(writtenName, organisationId);
		}
		imports.map(importId, writtenName, organisationId);
		return preview(importId);
	}

	/**
	 * Puts the notice into the register: a new plan, or a revision of the plan it
	 * divides.
	 * @throws ImportRefusal when the import is decided already, the notice is stored
	 * already, or names remain unknown
	 */
	@Transactional
	public ImportConfirmed confirm(long importId, String actor) {
		this.access.importNotices();
		ImportStore.PendingImport pending = pending(importId);
		requirePending(pending);
		ImportPreview preview = preview(importId);
		if (preview.kind() == ImportKind.ALREADY_IMPORTED) {
			throw new ImportRefusal.NoticeAlreadyImported(preview.planId());
		}
		if (!preview.unknownNames().isEmpty()) {
			throw new ImportRefusal.UnknownOrganisationsRemain(preview.unknownNames());
		}
		Read read = this.parsed.read(pending.content(), pending.fileName());
		Map<String, Long> ids = ids(preview.names());
		OffsetDateTime now = now();
		long noticeId = notices.save(read.text(), pending.content(), pending.fileName(), read.draft(), actor, now);
		long planId;
		int revision;
		if (preview.kind() == ImportKind.NEW_PLAN) {
			planId = plans.create(read.draft(), now);
			revision = plans.addRevision(planId, noticeId, RegisterWords.FIRST_IMPORT, actor, now);
			writer.writeNew(planId, noticeId, read.draft(), ids, now);
		}
		else {
			planId = preview.planId();
			revision = plans.addRevision(planId, noticeId, RegisterWords.REVISION, actor, now);
			String reason = RegisterWords.revisionReason(revision, read.spreadsheet());
			writer.writeRevision(planId, noticeId, read.draft(), ids, revisions.match(planId, read.draft(), ids),
					reason, read.spreadsheet(), actor, now);
		}
		Long issuer = issuer(read.draft());
		if (preview.kind() == ImportKind.NEW_PLAN || issuer != null) {
			this.links.issuedBy(planId, issuer);
		}
		// under the plan above it names, or, for a revision, where the plan stands: the
		// links of new and changed tasks are proposed afresh
		Long above = (pending.parentPlanId() != null) ? pending.parentPlanId()
				: (preview.kind() == ImportKind.REVISION) ? this.links.parentOf(planId) : null;
		if (above != null) {
			this.links.placeUnder(planId, above, actor);
		}
		imports.decide(pending, ImportStore.CONFIRMED, noticeId, actor, now);
		NoticeDraft draft = read.draft();
		ImportConfirmed confirmed = new ImportConfirmed(planId, noticeId, revision, (int) draft.tasks().count(),
				draft.bindingIndicators(), draft.expectedTargets(), draft.decomposition(), plans.taskIdsByCode(planId),
				ids, actor);
		events.publishEvent(confirmed);
		return confirmed;
	}

	@Transactional
	public void discard(long importId, String actor) {
		this.access.importNotices();
		ImportStore.PendingImport pending = pending(importId);
		requirePending(pending);
		imports.decide(pending, ImportStore.DISCARDED, null, actor, now());
		events.publishEvent(new ImportDiscarded(importId, pending.fileName(), actor));
	}

	private List<NameResolution> resolve(NoticeDraft draft, Map<String, Long> mappings) {
		Set<String> written = new LinkedHashSet<>();
		draft.tasks().forEach(t -> t.responsible().stream().map(ResponsibleOrganisation::name).forEach(written::add));
		List<NameResolution> names = new ArrayList<>();
		for (String name : written) {
			Long mapped = mappings.get(name);
			Optional<OrganisationRef> found = mapped != null ? Optional.of(directory.get(mapped))
					: directory.resolve(name);
			names.add(found.map(o -> new NameResolution(name, o.id(), o.name(), mapped != null))
				.orElseGet(() -> new NameResolution(name, null, null, false)));
		}
		return names;
	}

	/** The organisation that issued the notice, as the directory knows it; or null. */
	private Long issuer(NoticeDraft draft) {
		return (draft.issuer() == null) ? null
				: directory.resolve(draft.issuer()).map(OrganisationRef::id).orElse(null);
	}

	private static Map<String, Long> ids(List<NameResolution> names) {
		Map<String, Long> ids = new LinkedHashMap<>();
		names.forEach(n -> ids.put(n.writtenName(), n.organisationId()));
		return ids;
	}

	private static String planTitle(NoticeDraft draft) {
		return RegisterWords.planTitle(draft);
	}

	private ImportStore.PendingImport pending(long importId) {
		return imports.find(importId).orElseThrow(() -> new ImportRefusal.ImportNotFound(importId));
	}

	private static void requirePending(ImportStore.PendingImport pending) {
		if (!pending.pending()) {
			throw new ImportRefusal.ImportAlreadyDecided(pending.id(), pending.status());
		}
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock);
	}

	private Optional<Long> planOf(Read read) {
		return read.spreadsheet() && read.draft().plan().title() == null ? Optional.empty()
				: plans.findByTitle(planTitle(read.draft()));
	}

}
