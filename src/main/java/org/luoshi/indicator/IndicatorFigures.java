package org.luoshi.indicator;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.luoshi.indicator.internal.FigureCheck;
import org.luoshi.indicator.internal.IndicatorAccess;
import org.luoshi.indicator.internal.IndicatorRecord;
import org.luoshi.indicator.internal.IndicatorStore;
import org.luoshi.indicator.internal.FigureImport;
import org.luoshi.indicator.internal.FigureStore;
import org.luoshi.plan.PlanRegister;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The yearly figures of indicators: entered one by one or imported from a CSV or .xlsx
 * file, checked before they are kept, and never overwritten — a revision is kept beside
 * the figure it revises, with its reason, who and when. The office enters any indicator's
 * figures and imports files; a reporter enters those of an indicator its organisation
 * answers for.
 */
@Service
@Transactional(readOnly = true)
public class IndicatorFigures {

	private final IndicatorStore indicators;

	private final FigureStore figures;

	private final FigureCheck check;

	private final FigureImport imports;

	private final PlanRegister plans;

	private final IndicatorAccess access;

	private final Clock clock;

	IndicatorFigures(IndicatorStore indicators, FigureStore figures, FigureCheck check, FigureImport imports,
			PlanRegister plans, IndicatorAccess access, Clock clock) {
		this.access = access;
		this.indicators = indicators;
		this.figures = figures;
		this.check = check;
		this.imports = imports;
		this.plans = plans;
		this.clock = clock;
	}

	/**
	 * Enters a figure; one for a region and year that has a figure already revises it.
	 * @throws FigureRefusal naming the field that is wrong
	 * @throws IndicatorRefusal.NotYourIndicator for a reporter of an organisation that
	 * does not answer for the indicator
	 */
	@Transactional
	public Figure enter(long indicatorId, FigureInput entry) {
		IndicatorRecord indicator = require(indicatorId);
		String actor = this.access.enterFigure(indicator).username();
		Long region = this.check.region(indicator, entry.regionId());
		Optional<String> current = (entry.year() != null)
				? this.figures.current(indicatorId, region, entry.year()).map((f) -> f.value().toPlainString())
				: Optional.empty();
		FigureCheck.Checked checked = this.check.check(indicator, entry, period(indicator.planId()), current);
		long id = this.imports.keep(checked, actor, OffsetDateTime.now(this.clock));
		return this.figures.find(id).orElseThrow();
	}

	/** Every figure of the indicator, for every region, revisions included. */
	public List<Figure> figures(long indicatorId) {
		require(indicatorId);
		return this.figures.all(indicatorId);
	}

	/**
	 * Imports a file of figures for the plan's indicators, all or nothing.
	 * @throws ValueFileRefused with every error by row and column; nothing is kept
	 * @throws IndicatorRefusal.NotYourStep for anybody but the office
	 */
	@Transactional
	public FigureImportReport importFile(long planId, byte[] content, String fileName) {
		String actor = this.access.office(IndicatorStep.IMPORT_FIGURES).username();
		return this.imports.run(planId, period(planId), content, fileName, actor, OffsetDateTime.now(this.clock));
	}

	private FigureCheck.Period period(long planId) {
		return FigureCheck.Period.of(this.plans.plan(planId));
	}

	private IndicatorRecord require(long id) {
		return this.indicators.find(id).orElseThrow(() -> new IndicatorRefusal.IndicatorNotFound(id));
	}

}
