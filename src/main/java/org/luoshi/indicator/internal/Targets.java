package org.luoshi.indicator.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.luoshi.indicator.TargetRevision;
import org.luoshi.indicator.TargetVersion;
import org.luoshi.indicator.TargetsInForce;

import org.springframework.stereotype.Component;

/**
 * The targets in force of stored indicators: the notice's (as the office completed it)
 * and the approved revisions, in the order they were approved.
 */
@Component
public class Targets {

	private final RevisionStore revisions;

	Targets(RevisionStore revisions) {
		this.revisions = revisions;
	}

	/** Empty while the indicator's baseline or target year is not known. */
	public Optional<TargetsInForce> of(IndicatorRecord indicator) {
		return of(List.of(indicator)).getOrDefault(indicator.id(), Optional.empty());
	}

	public Map<Long, Optional<TargetsInForce>> of(List<IndicatorRecord> indicators) {
		Map<Long, List<TargetRevision>> approved = this.revisions
			.approved(indicators.stream().map(IndicatorRecord::id).toList());
		Map<Long, Optional<TargetsInForce>> targets = new HashMap<>();
		for (IndicatorRecord indicator : indicators) {
			targets.put(indicator.id(), indicator.arithmetic().map((original) -> {
				TargetsInForce inForce = TargetsInForce.of(original);
				for (TargetRevision revision : approved.getOrDefault(indicator.id(), List.of())) {
					inForce = inForce.revised(revision.fromYear(), revision.target().doubleValue(),
							(revision.targetUpper() != null) ? revision.targetUpper().doubleValue() : null);
				}
				return inForce;
			}));
		}
		return targets;
	}

	/**
	 * The target in force in the target year: the notice's, or the latest approved
	 * revision's.
	 */
	public static BigDecimal current(IndicatorRecord indicator, Optional<TargetsInForce> inForce) {
		if (inForce.isEmpty() || !inForce.get().revised()) {
			return indicator.target();
		}
		// the revised target came from a decimal column: its double prints back as
		// entered
		BigDecimal revised = BigDecimal.valueOf(inForce.get().latest().target()).stripTrailingZeros();
		return (revised.scale() < 0) ? revised.setScale(0) : revised;
	}

	/**
	 * The targets the indicator has been held to, oldest first: the notice's, then each
	 * approved revision.
	 */
	public List<TargetVersion> history(IndicatorRecord indicator) {
		List<TargetVersion> history = new ArrayList<>();
		int first = (indicator.baselineYear() != null) ? indicator.baselineYear() + 1 : 0;
		history.add(new TargetVersion(first, indicator.target(), indicator.targetUpper(), null, null, null, null));
		for (TargetRevision revision : this.revisions.approved(List.of(indicator.id()))
			.getOrDefault(indicator.id(), List.of())) {
			history.add(new TargetVersion(revision.fromYear(), revision.target(), revision.targetUpper(),
					revision.reason(), revision.id(), revision.decidedBy(), revision.decidedAt()));
		}
		return history;
	}

}
