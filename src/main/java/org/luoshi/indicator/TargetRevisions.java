package org.luoshi.indicator;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import org.luoshi.indicator.internal.IndicatorAccess;
import org.luoshi.indicator.internal.IndicatorRecord;
import org.luoshi.indicator.internal.IndicatorStore;
import org.luoshi.indicator.internal.RevisionStore;
import org.luoshi.indicator.internal.Targets;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Revised targets (部分指标调整), as a mid-term evaluation may conclude: the planning office
 * proposes a new target with its reason and the year from which it holds, a leader
 * approves it — it then holds from that year on, the earlier years still judged against
 * the old target, which stays in the history — or returns it with a reason. One proposal
 * per indicator awaits a decision at a time.
 */
@Service
@Transactional(readOnly = true)
public class TargetRevisions {

	private final IndicatorStore indicators;

	private final RevisionStore revisions;

	private final Targets targets;

	private final IndicatorAccess access;

	private final Clock clock;

	TargetRevisions(IndicatorStore indicators, RevisionStore revisions, Targets targets, IndicatorAccess access,
			Clock clock) {
		this.indicators = indicators;
		this.revisions = revisions;
		this.targets = targets;
		this.access = access;
		this.clock = clock;
	}

	/**
	 * Proposes a revised target.
	 * @throws IndicatorRefusal.NotYourStep for anybody but the office
	 * @throws TargetRevisionRefusal.RevisionReasonMissing without a reason
	 * @throws TargetRevisionRefusal.RevisionYearOutsidePeriod for a year not after the
	 * baseline year or after the target year
	 * @throws TargetRevisionRefusal.RevisionAlreadyOpen while another proposal awaits a
	 * decision
	 */
	@Transactional
	public TargetRevision propose(long indicatorId, TargetProposal proposal) {
		String actor = this.access.office(IndicatorStep.PROPOSE_REVISION).username();
		IndicatorRecord indicator = indicator(indicatorId);
		if (indicator.baselineYear() == null || indicator.targetYear() == null) {
			throw new TargetRevisionRefusal.NoPeriodToRevise(indicator.name());
		}
		if (proposal.target() == null) {
			throw new TargetRevisionRefusal.RevisedTargetMissing();
		}
		if (proposal.reason() == null || proposal.reason().isBlank()) {
			throw new TargetRevisionRefusal.RevisionReasonMissing();
		}
		int from = indicator.baselineYear() + 1;
		if (proposal.fromYear() == null || proposal.fromYear() < from || proposal.fromYear() > indicator.targetYear()) {
			throw new TargetRevisionRefusal.RevisionYearOutsidePeriod(proposal.fromYear(), from,
					indicator.targetYear());
		}
		if (proposal.targetUpper() != null && proposal.targetUpper().compareTo(proposal.target()) < 0) {
			throw new IndicatorRefusal.RangeUpsideDown(proposal.target(), proposal.targetUpper());
		}
		this.revisions.ofIndicator(indicatorId)
			.stream()
			.filter((r) -> r.state().open())
			.findFirst()
			.ifPresent((open) -> {
				throw new TargetRevisionRefusal.RevisionAlreadyOpen(indicator.name(), open.id());
			});
		long id = this.revisions.insert(indicatorId, proposal.target(), proposal.targetUpper(), proposal.fromYear(),
				proposal.reason().strip(), actor, now());
		return get(id);
	}

	/**
	 * A leader approves the proposal: from its year on the indicator is held to it.
	 * @param expectedVersion the version the leader saw, or null not to check
	 * @throws IndicatorRefusal.NotYourStep for anybody but a leader
	 * @throws TargetRevisionRefusal.RevisionNotOpen once it was decided
	 * @throws OptimisticLockingFailureException when it changed since the version given
	 */
	@Transactional
	public TargetRevision approve(long id, Integer expectedVersion) {
		String actor = this.access.leader(IndicatorStep.DECIDE_REVISION).username();
		TargetRevision revision = seen(id, expectedVersion);
		return decide(revision, revision.state().approve(), null, actor);
	}

	/**
	 * A leader returns the proposal with a reason; the target stays as it was.
	 * @throws IndicatorRefusal.NotYourStep for anybody but a leader
	 * @throws TargetRevisionRefusal.RevisionReturnReasonMissing without a reason
	 */
	@Transactional
	public TargetRevision giveBack(long id, Integer expectedVersion, String reason) {
		String actor = this.access.leader(IndicatorStep.DECIDE_REVISION).username();
		TargetRevision revision = seen(id, expectedVersion);
		RevisionState next = revision.state().giveBack();
		if (reason == null || reason.isBlank()) {
			throw new TargetRevisionRefusal.RevisionReturnReasonMissing();
		}
		return decide(revision, next, reason.strip(), actor);
	}

	public TargetRevision get(long id) {
		return this.revisions.find(id).orElseThrow(() -> new TargetRevisionRefusal.RevisionNotFound(id));
	}

	/** Every revision of the indicator, proposed, approved or returned, oldest first. */
	public List<TargetRevision> ofIndicator(long indicatorId) {
		indicator(indicatorId);
		return this.revisions.ofIndicator(indicatorId);
	}

	/** The targets the indicator has been held to, oldest first, with their reasons. */
	public List<TargetVersion> history(long indicatorId) {
		return this.targets.history(indicator(indicatorId));
	}

	private TargetRevision decide(TargetRevision revision, RevisionState next, String reason, String actor) {
		if (!this.revisions.decide(revision, next, reason, actor, now())) {
			throw new OptimisticLockingFailureException("Target revision " + revision.id() + " changed meanwhile");
		}
		return get(revision.id());
	}

	private TargetRevision seen(long id, Integer expectedVersion) {
		TargetRevision revision = get(id);
		if (expectedVersion != null && revision.version() != expectedVersion) {
			throw new OptimisticLockingFailureException(
					"Target revision " + id + " is at version " + revision.version() + ", not " + expectedVersion);
		}
		return revision;
	}

	private IndicatorRecord indicator(long id) {
		return this.indicators.find(id).orElseThrow(() -> new IndicatorRefusal.IndicatorNotFound(id));
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(this.clock);
	}

}
