package org.luoshi.indicator.internal;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

import org.luoshi.indicator.FigureForm;
import org.luoshi.indicator.FigureStatus;
import org.luoshi.indicator.FigureInput;
import org.luoshi.indicator.FigureRefusal;
import org.luoshi.organisation.RegionRef;
import org.luoshi.plan.PlanOverview;

import org.springframework.stereotype.Component;

/**
 * Checks a yearly figure before it is kept: a number, plausible for the unit, in the plan
 * period or the year either side (or the baseline year), for the indicator's region or a
 * city within it, and with a reason when it revises a figure already there.
 */
@Component
public class FigureCheck {

	/** A figure that passed, and whether it revises one already there. */
	public record Checked(long indicatorId, Long regionId, int year, BigDecimal value, FigureForm form,
			FigureStatus status, String source, String revisionReason, boolean revision) {
	}

	/** The years figures may be entered for. */
	public record Period(int from, int to) {

		public static Period of(PlanOverview plan) {
			int from = (plan.startYear() != null) ? plan.startYear() - 1 : 1949;
			int to = (plan.endYear() != null) ? plan.endYear() + 1 : 2100;
			return new Period(from, to);
		}

	}

	private final Regions regions;

	private final MeasureUnits units = MeasureUnits.load();

	FigureCheck(Regions regions) {
		this.regions = regions;
	}

	/**
	 * @param current the figure now current for the region and year, as text, if any
	 * @throws FigureRefusal naming the first field that is wrong
	 */
	public Checked check(IndicatorRecord indicator, FigureInput entry, Period period, Optional<String> current) {
		Long region = region(indicator, entry.regionId());
		if (entry.year() == null) {
			throw new FigureRefusal.Missing("year");
		}
		int year = entry.year();
		boolean baseline = Objects.equals(indicator.baselineYear(), year);
		if (!baseline && (year < period.from() || year > period.to())) {
			throw new FigureRefusal.YearOutsidePeriod(year, period.from(), period.to());
		}
		BigDecimal value = FigureText.parse("value", entry.value());
		FigureForm form = form(indicator, entry.form());
		this.units.bounds(indicator.kind(), indicator.unit(), form)
			.filter((bounds) -> !bounds.contains(value))
			.ifPresent((bounds) -> {
				throw new FigureRefusal.OutOfBounds(value, indicator.unit(), bounds.lowest(), bounds.highest());
			});
		boolean revision = current.isPresent();
		String reason = blankToNull(entry.revisionReason());
		if (revision && reason == null) {
			throw new FigureRefusal.RevisionReasonRequired(current.get(), year);
		}
		FigureStatus status = status(entry.status(), revision);
		return new Checked(indicator.id(), region, year, value, form, status, blankToNull(entry.source()), reason,
				revision);
	}

	/**
	 * The region of the figure: the indicator's own when none is named, or a city within
	 * it.
	 */
	public Long region(IndicatorRecord indicator, Long regionId) {
		if (regionId == null || regionId.equals(indicator.regionId())) {
			return indicator.regionId();
		}
		boolean city = indicator.regionId() != null
				&& this.regions.citiesOf(indicator.regionId()).stream().anyMatch((c) -> c.regionId() == regionId);
		if (!city) {
			String name = this.regions.find(regionId).map(RegionRef::name).orElse(String.valueOf(regionId));
			throw new FigureRefusal.RegionNotCovered(name, indicator.name());
		}
		return regionId;
	}

	/**
	 * The form as entered; a rate or a change only for a reduce- or increase-by-percent
	 * kind.
	 */
	private static FigureForm form(IndicatorRecord indicator, String text) {
		if (text == null || text.isBlank()) {
			return FigureForm.LEVEL;
		}
		FigureForm form = FigureForm.of(text).orElseThrow(() -> new FigureRefusal.UnknownFigureForm(text));
		if (form.relative() && !indicator.byPercent()) {
			throw new FigureRefusal.FormNotForKind(form, indicator.name());
		}
		return form;
	}

	private static FigureStatus status(String text, boolean revision) {
		if (text == null || text.isBlank()) {
			return revision ? FigureStatus.REVISED : FigureStatus.PRELIMINARY;
		}
		return FigureStatus.of(text).orElseThrow(() -> new FigureRefusal.UnknownFigureStatus(text));
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
