package org.luoshi.indicator.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.luoshi.indicator.AnsweringOrganisation;
import org.luoshi.indicator.IndicatorStanding;
import org.luoshi.indicator.IndicatorArithmetic;
import org.luoshi.indicator.IndicatorDetail;
import org.luoshi.indicator.IndicatorStatus;
import org.luoshi.indicator.IndicatorSummary;
import org.luoshi.indicator.IndicatorTarget;
import org.luoshi.indicator.PathPoint;
import org.luoshi.indicator.Projection;
import org.luoshi.indicator.StatusThresholds;
import org.luoshi.indicator.TargetsInForce;
import org.luoshi.indicator.Figure;
import org.luoshi.indicator.YearFigure;
import org.luoshi.organisation.OrganisationDirectory;

import org.springframework.stereotype.Component;

/**
 * Builds what screens read about indicators from the stored records: the status as of the
 * latest figure, the expected path against the figures, the projection.
 */
@Component
public class IndicatorViews {

	private final IndicatorStore indicators;

	private final FigureStore figures;

	private final ThresholdStore thresholds;

	private final OrganisationDirectory directory;

	private final Targets targets;

	private final RevisionStore revisions;

	IndicatorViews(IndicatorStore indicators, FigureStore figures, ThresholdStore thresholds,
			OrganisationDirectory directory, Targets targets, RevisionStore revisions) {
		this.targets = targets;
		this.revisions = revisions;
		this.indicators = indicators;
		this.figures = figures;
		this.thresholds = thresholds;
		this.directory = directory;
	}

	public List<IndicatorSummary> summaries(List<IndicatorRecord> records) {
		if (records.isEmpty()) {
			return List.of();
		}
		StatusThresholds thresholds = this.thresholds.of(records.get(0).planId());
		Map<Long, List<Figure>> current = new HashMap<>();
		this.figures.current(records.stream().map(IndicatorRecord::id).toList())
			.forEach((f) -> current.computeIfAbsent(f.indicatorId(), (k) -> new ArrayList<>()).add(f));
		Map<Long, List<IndicatorStore.Answering>> answering = this.indicators
			.answering(records.stream().map(IndicatorRecord::id).toList());
		Map<Long, String> names = names(answering);
		Map<Long, Optional<TargetsInForce>> inForce = this.targets.of(records);
		return records.stream()
			.map((r) -> summary(r, inForce.get(r.id()), ownRegion(r, current.getOrDefault(r.id(), List.of())),
					illustrative(current.getOrDefault(r.id(), List.of())), thresholds,
					answering.getOrDefault(r.id(), List.of()), names))
			.toList();
	}

	public IndicatorDetail detail(IndicatorRecord record) {
		List<Figure> all = this.figures.all(record.id());
		List<Figure> figures = ownRegion(record, all);
		List<Figure> current = figures.stream().filter(Figure::current).toList();
		StatusThresholds thresholds = this.thresholds.of(record.planId());
		Optional<TargetsInForce> target = this.targets.of(record);
		List<IndicatorStore.Answering> answering = this.indicators.answering(record.id());
		IndicatorSummary summary = summary(record, target, current, illustrative(all), thresholds, answering,
				names(Map.of(record.id(), answering)));
		List<YearFigure> points = yearFigures(current);
		List<PathPoint> path = target.map((t) -> IndicatorArithmetic.path(t, points)).orElse(List.of());
		boolean inChange = target.map((t) -> IndicatorArithmetic.pathInChange(t.original(), points)).orElse(false);
		Projection projection = target.flatMap((t) -> IndicatorArithmetic.project(t.latest(), points)).orElse(null);
		List<IndicatorStanding> standings = target.map((t) -> IndicatorArithmetic.standings(t, points, thresholds))
			.orElse(List.of());
		return new IndicatorDetail(summary, path, inChange, projection, figures, standings,
				this.targets.history(record), this.revisions.ofIndicator(record.id()));
	}

	public static List<YearFigure> yearFigures(List<Figure> figures) {
		return figures.stream().map((f) -> new YearFigure(f.year(), f.value().doubleValue(), f.form())).toList();
	}

	private IndicatorSummary summary(IndicatorRecord r, Optional<TargetsInForce> inForce, List<Figure> current,
			boolean illustrative, StatusThresholds thresholds, List<IndicatorStore.Answering> answering,
			Map<Long, String> names) {
		IndicatorStanding standing = inForce.map((t) -> IndicatorArithmetic.assess(t, yearFigures(current), thresholds))
			.orElseGet(() -> new IndicatorStanding(null, null, null, 0, null, null, IndicatorStatus.NO_BASELINE, null,
					null));
		List<AnsweringOrganisation> organisations = answering.stream()
			.map((a) -> new AnsweringOrganisation(a.organisationId(), names.get(a.organisationId()), a.lead()))
			.toList();
		return new IndicatorSummary(r.id(), r.planId(), r.name(), r.binding(), r.kind().code(), r.unit(), r.target(),
				r.targetUpper(), r.targetYear(), r.baselineYear(), r.baselineValue(), r.regionId(), r.taskId(),
				organisations, r.toDecompose(), r.version(), standing, Targets.current(r, inForce),
				inForce.map(TargetsInForce::revised).orElse(false), illustrative);
	}

	/** The directory's names of every organisation answering, in one read. */
	private Map<Long, String> names(Map<Long, List<IndicatorStore.Answering>> answering) {
		List<Long> ids = answering.values()
			.stream()
			.flatMap(List::stream)
			.map(IndicatorStore.Answering::organisationId)
			.distinct()
			.toList();
		Map<Long, String> names = new HashMap<>();
		if (!ids.isEmpty()) {
			this.directory.getAll(ids).forEach((o) -> names.put(o.id(), o.name()));
		}
		return names;
	}

	/** Whether any of the figures, of any region, is demo data. */
	private static boolean illustrative(List<Figure> figures) {
		return figures.stream().anyMatch(Figure::illustrative);
	}

	private static List<Figure> ownRegion(IndicatorRecord record, List<Figure> figures) {
		return figures.stream().filter((f) -> Objects.equals(f.regionId(), record.regionId())).toList();
	}

}
