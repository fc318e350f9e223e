package org.luoshi.indicator;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.luoshi.indicator.internal.FigureCheck;
import org.luoshi.indicator.internal.IndicatorAccess;
import org.luoshi.indicator.internal.IndicatorRecord;
import org.luoshi.indicator.internal.IndicatorStore;
import org.luoshi.indicator.internal.FigureImport;
import org.luoshi.indicator.internal.FigureStore;
import org.luoshi.common.IfMatch;
import org.luoshi.plan.PlanRegister;
import org.luoshi.security.Actor;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;

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

	private final ObjectProvider<ReportingWindow> reporting;

	IndicatorFigures(IndicatorStore indicators, FigureStore figures, FigureCheck check, FigureImport imports,
			PlanRegister plans, IndicatorAccess access, Clock clock, ObjectProvider<ReportingWindow> reporting) {
		this.reporting = reporting;
		this.access = access;
		this.indicators = indicators;
		this.figures = figures;
		this.check = check;
		this.imports = imports;
		this.plans = plans;
		this.clock = clock;
	}

	/**
	 * Enters a figure, revising the one now current for its region and year, if any, for
	 * callers in the application that read it in the same breath (the demo loader); what
	 * comes over HTTP names the version it read
	 * ({@link #enter(long, FigureInput, Integer)}).
	 */
	@Transactional
	public Figure enter(long indicatorId, FigureInput entry) {
		Integer current = null;
		if (entry.year() != null) {
			IndicatorRecord indicator = require(indicatorId);
			current = this.figures.version(indicatorId, this.check.region(indicator, entry.regionId()), entry.year());
		}
		return enter(indicatorId, entry, current);
	}

	/**
	 * Enters a figure; one for a region and year that has a figure already revises it and
	 * must name the version it read ({@link #version}). A reporter enters only its
	 * organisation's share, and only while its report for the year is open
	 * ({@link ReportingWindow}); the office always. Two first figures for one region and
	 * year, or two revisions of one figure, cannot both be kept: the database refuses the
	 * second (V25).
	 * @param expectedVersion the version of the region's figure for the year that the
	 * writer read, null when it saw none
	 * @throws FigureRefusal naming the field that is wrong
	 * @throws IndicatorRefusal.NotYourIndicator for a reporter of an organisation that
	 * does not answer for the indicator
	 * @throws IndicatorRefusal.NotYourRegion for another region's figure
	 * @throws IndicatorRefusal.ReportClosed for a reporter whose report for the year is
	 * not open
	 * @throws org.luoshi.common.IfMatch.VersionRequired revising without a version
	 * @throws IndicatorRefusal.FigureChangedMeanwhile when the figure is no longer at the
	 * version read
	 */
	@Transactional
	public Figure enter(long indicatorId, FigureInput entry, Integer expectedVersion) {
		IndicatorRecord indicator = require(indicatorId);
		Long region = this.check.region(indicator, entry.regionId());
		Actor actor = this.access.enterFigure(indicator, region);
		if (!actor.isOffice() && (entry.year() == null || !reportOpen(indicator, entry.year(), actor))) {
			throw new IndicatorRefusal.ReportClosed(indicator.name(), (entry.year() != null) ? entry.year() : 0);
		}
		Optional<String> current = Optional.empty();
		if (entry.year() != null) {
			int version = this.figures.version(indicatorId, region, entry.year());
			if (version > 0 && expectedVersion == null) {
				throw new IfMatch.VersionRequired();
			}
			if ((expectedVersion != null && expectedVersion != version)) {
				throw new IndicatorRefusal.FigureChangedMeanwhile(indicator.name(), entry.year(), version);
			}
			current = this.figures.current(indicatorId, region, entry.year()).map((f) -> f.value().toPlainString());
		}
		FigureCheck.Checked checked = this.check.check(indicator, entry, period(indicator.planId()), current);
		long id;
		try {
			id = this.imports.keep(checked, actor.username(), OffsetDateTime.now(this.clock));
		}
		catch (DuplicateKeyException raced) {
			// somebody entered or revised the same figure in the moment between
			throw new IndicatorRefusal.FigureChangedMeanwhile(indicator.name(), checked.year(),
					this.figures.version(indicatorId, region, checked.year()));
		}
		return this.figures.find(id).orElseThrow();
	}

	/**
	 * The version of the region's figure for the year: how many times it was entered
	 * (first entry and revisions), 0 when it has none. A revision names it (If-Match).
	 */
	public int version(long indicatorId, Long regionId, int year) {
		IndicatorRecord indicator = require(indicatorId);
		return this.figures.version(indicatorId, this.check.region(indicator, regionId), year);
	}

	private boolean reportOpen(IndicatorRecord indicator, int year, Actor actor) {
		ReportingWindow window = this.reporting.getIfAvailable();
		return window != null && actor.organisationId() != null
				&& window.open(indicator.planId(), year, actor.organisationId());
	}

	/**
	 * The figures with these ids, in one read for a page that shows many (a report's owed
	 * figures); an id that names none is left out.
	 */
	public List<Figure> figures(Collection<Long> figureIds) {
		return figureIds.isEmpty() ? List.of() : this.figures.find(figureIds);
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
