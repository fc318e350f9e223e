package org.luoshi.indicator;

import java.util.ArrayList;
import java.util.List;

/**
 * The targets an indicator is held to year by year: the notice's, and each approved
 * revision from its year on, a later approval prevailing. The expected path, progress and
 * status of a year are those under the target in force that year; the projection to the
 * target year is held against the target in force then.
 */
public final class TargetsInForce {

	/** An approved revision as the arithmetic reads it. */
	record Change(int fromYear, double target, Double upper) {
	}

	private final IndicatorTarget original;

	private final List<Change> changes;

	private TargetsInForce(IndicatorTarget original, List<Change> changes) {
		this.original = original;
		this.changes = List.copyOf(changes);
	}

	/** The notice's target alone. */
	public static TargetsInForce of(IndicatorTarget original) {
		return new TargetsInForce(original, List.of());
	}

	/** These targets and, approved after them, another from the year given. */
	public TargetsInForce revised(int fromYear, double target, Double upper) {
		List<Change> changes = new ArrayList<>(this.changes);
		changes.add(new Change(fromYear, target, upper));
		return new TargetsInForce(this.original, changes);
	}

	/** The target in force in the year. */
	public IndicatorTarget in(int year) {
		IndicatorTarget target = this.original;
		for (Change change : this.changes) {
			if (change.fromYear() <= year) {
				target = new IndicatorTarget(target.kind(), target.baselineYear(), target.baseline(), change.target(),
						(change.upper() != null) ? change.upper() : target.upper(), target.targetYear());
			}
		}
		return target;
	}

	/** The target in force in the target year: what must finally be reached. */
	public IndicatorTarget latest() {
		return in(this.original.targetYear());
	}

	/** The notice's target, before any revision. */
	public IndicatorTarget original() {
		return this.original;
	}

	public boolean revised() {
		return !this.changes.isEmpty();
	}

}
