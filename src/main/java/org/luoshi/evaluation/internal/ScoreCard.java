package org.luoshi.evaluation.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.luoshi.evaluation.Criterion;
import org.luoshi.evaluation.CriterionSource;
import org.luoshi.evaluation.Grade;
import org.luoshi.evaluation.Rubric;
import org.luoshi.evaluation.ScoreBreakdown;
import org.luoshi.evaluation.ScoreBreakdown.Item;
import org.luoshi.evaluation.ScoreBreakdown.Line;
import org.luoshi.reporting.EntryKind;
import org.luoshi.reporting.EntryStatus;
import org.luoshi.reporting.TaskAccount;
import org.luoshi.reporting.TimelinessStatus;

/**
 * Scores one organisation under a rubric, criterion by criterion, each line rounded to
 * two decimals and the total their sum (never below zero). Pure arithmetic on the facts:
 * no database, no clock.
 */
public final class ScoreCard {

	private static final BigDecimal ONE = BigDecimal.ONE;

	private ScoreCard() {
	}

	public static ScoreBreakdown score(Rubric rubric, OrganisationFacts facts) {
		List<Line> lines = new ArrayList<>();
		Grade cap = null;
		for (Criterion c : rubric.criteria()) {
			Line line = line(c, facts);
			lines.add(line);
			if (line.vetoed()) {
				cap = (cap == null) ? c.cap() : cap.atMost(c.cap());
			}
		}
		BigDecimal total = lines.stream()
			.map(Line::points)
			.reduce(BigDecimal.ZERO, BigDecimal::add)
			.max(BigDecimal.ZERO);
		return new ScoreBreakdown(facts.conduct().organisationId(), facts.conduct().organisationName(), rubric.group(),
				rubric.version(), lines, total, rubric.bands().of(total), cap);
	}

	private static Line line(Criterion c, OrganisationFacts facts) {
		return switch (c.source()) {
			case INDICATORS -> indicators(c, facts);
			case TASKS -> tasks(c, facts);
			case TIMELINESS -> timeliness(c, facts);
			case COMPLETENESS -> completeness(c, facts);
			case QUALITY_MARK, BONUS -> mark(c, facts);
			case ESCALATIONS -> deduction(c, facts.conduct().escalations(), "escalation");
			case RETURNS -> deduction(c, facts.conduct().returned(), "return");
			case VETO -> veto(c, facts);
		};
	}

	// points × met ÷ answered for; nothing to answer for leaves the full points
	private static Line indicators(Criterion c, OrganisationFacts facts) {
		List<Item> items = facts.indicators()
			.stream()
			.map((i) -> new Item(i.share() ? "share" : "indicator", i.name(),
					i.status() + ((i.figure() != null) ? " " + i.figure() : ""), ONE, i.met()))
			.toList();
		long met = items.stream().filter(Item::counts).count();
		return share(c, BigDecimal.valueOf(met), BigDecimal.valueOf(items.size()), items);
	}

	// points × Σ weight of tasks completed or in progress ÷ Σ weight; a shared task
	// weighs the rate
	private static Line tasks(Criterion c, OrganisationFacts facts) {
		BigDecimal shared = (c.rate() != null) ? c.rate() : ONE;
		List<Item> items = new ArrayList<>();
		BigDecimal good = BigDecimal.ZERO;
		BigDecimal all = BigDecimal.ZERO;
		for (TaskAccount task : facts.tasks()) {
			BigDecimal weight = (task.kind() == EntryKind.CONTRIBUTION) ? shared : ONE;
			boolean onTrack = task.status() == EntryStatus.COMPLETED || task.status() == EntryStatus.IN_PROGRESS;
			items.add(new Item("task", task.taskCode(), task.kind().code() + " " + task.status().code(), weight,
					onTrack));
			all = all.add(weight);
			good = onTrack ? good.add(weight) : good;
		}
		return share(c, good, all, items);
	}

	private static Line share(Criterion c, BigDecimal counted, BigDecimal of, List<Item> items) {
		BigDecimal points = (of.signum() == 0) ? c.points()
				: c.points().multiply(counted).divide(of, 2, RoundingMode.HALF_UP);
		return new Line(c.code(), c.name(), c.source(), c.points(), round(points), counted, of, false, items);
	}

	// on time: full points; late: less the rate for each day begun; missing: none
	private static Line timeliness(Criterion c, OrganisationFacts facts) {
		var t = facts.conduct().timeliness();
		BigDecimal points = BigDecimal.ZERO;
		BigDecimal days = BigDecimal.ZERO;
		if (t.status() == TimelinessStatus.ON_TIME) {
			points = c.points();
		}
		else if (t.status() == TimelinessStatus.LATE) {
			days = BigDecimal.valueOf(t.daysLate());
			BigDecimal rate = (c.rate() != null) ? c.rate() : BigDecimal.ZERO;
			points = c.points().subtract(rate.multiply(days)).max(BigDecimal.ZERO);
		}
		Item report = new Item("report", t.status().code(),
				(t.firstSubmittedAt() != null) ? t.firstSubmittedAt().toString() : null, days,
				t.status() == TimelinessStatus.ON_TIME);
		return new Line(c.code(), c.name(), c.source(), c.points(), round(points), days, null, false, List.of(report));
	}

	// points × entries given a status in the sent report ÷ entries it accounts for
	private static Line completeness(Criterion c, OrganisationFacts facts) {
		var conduct = facts.conduct();
		Item report = new Item("report", conduct.entriesWithStatus() + "/" + conduct.entries(), null, ONE,
				conduct.entriesWithStatus() == conduct.entries());
		boolean sent = conduct.timeliness().firstSubmittedAt() != null;
		if (conduct.entries() == 0) {
			return new Line(c.code(), c.name(), c.source(), c.points(),
					sent ? round(c.points()) : round(BigDecimal.ZERO), BigDecimal.ZERO, BigDecimal.ZERO, false,
					List.of(report));
		}
		return share(c, BigDecimal.valueOf(conduct.entriesWithStatus()), BigDecimal.valueOf(conduct.entries()),
				List.of(report));
	}

	// the office's mark, never more than the criterion's points; none given: nothing
	private static Line mark(Criterion c, OrganisationFacts facts) {
		OrganisationFacts.Mark mark = facts.marks().get(c.code());
		BigDecimal points = (mark != null) ? mark.points().min(c.points()).max(BigDecimal.ZERO) : BigDecimal.ZERO;
		List<Item> items = (mark != null) ? List.of(new Item("mark", mark.reason(), null, ONE, true)) : List.of();
		return new Line(c.code(), c.name(), c.source(), c.points(), round(points), null, null, false, items);
	}

	// the points for each, at most the limit, taken off
	private static Line deduction(Criterion c, int count, String kind) {
		BigDecimal off = c.points().multiply(BigDecimal.valueOf(count));
		if (c.limit() != null) {
			off = off.min(c.limit());
		}
		List<Item> items = (count > 0) ? List.of(new Item(kind, String.valueOf(count), null, c.points(), true))
				: List.of();
		return new Line(c.code(), c.name(), c.source(), c.limit(), round(off.negate()), BigDecimal.valueOf(count), null,
				false, items);
	}

	// held when the office recorded it, or when the named indicator was missed
	private static Line veto(Criterion c, OrganisationFacts facts) {
		List<Item> items = new ArrayList<>();
		OrganisationFacts.Mark mark = facts.marks().get(c.code());
		if (mark != null && mark.points().signum() > 0) {
			items.add(new Item("mark", mark.reason(), null, ONE, true));
		}
		if (c.indicator() != null) {
			facts.indicators()
				.stream()
				.filter((i) -> i.name().equals(c.indicator()) && !i.met())
				.forEach((i) -> items.add(new Item(i.share() ? "share" : "indicator", i.name(),
						i.status() + ((i.figure() != null) ? " " + i.figure() : ""), ONE, true)));
		}
		return new Line(c.code(), c.name(), c.source(), null, round(BigDecimal.ZERO), null, null, !items.isEmpty(),
				items);
	}

	private static BigDecimal round(BigDecimal value) {
		return value.setScale(2, RoundingMode.HALF_UP);
	}

}
