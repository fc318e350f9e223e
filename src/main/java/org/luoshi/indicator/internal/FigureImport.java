package org.luoshi.indicator.internal;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.luoshi.indicator.RowError;
import org.luoshi.indicator.FigureInput;
import org.luoshi.indicator.ValueFileRefused;
import org.luoshi.indicator.FigureImportReport;
import org.luoshi.indicator.FigureRefusal;

import org.springframework.stereotype.Component;

/**
 * Imports a file of yearly figures all or nothing: every row is checked first, as if the
 * rows before it were already kept (a second row for the same indicator, region and year
 * is a revision and needs a reason), and the file is refused with every error found, by
 * row and column; only a file without errors is written.
 */
@Component
public class FigureImport {

	private final IndicatorStore indicators;

	private final FigureStore figures;

	private final FigureCheck check;

	private final Regions regions;

	FigureImport(IndicatorStore indicators, FigureStore figures, FigureCheck check, Regions regions) {
		this.indicators = indicators;
		this.figures = figures;
		this.check = check;
		this.regions = regions;
	}

	public FigureImportReport run(long planId, FigureCheck.Period period, byte[] content, String fileName, String actor,
			OffsetDateTime at) {
		List<FigureFile.Line> lines = FigureFile.read(content, fileName);
		List<RowError> errors = new ArrayList<>();
		FigureColumns columns = FigureColumns.of(lines.get(0), errors);
		if (!errors.isEmpty()) {
			throw new ValueFileRefused(fileName, errors);
		}
		Map<String, String> seen = new HashMap<>();
		List<FigureCheck.Checked> checked = new ArrayList<>();
		int rows = 0;
		for (FigureFile.Line line : lines.subList(1, lines.size())) {
			if (line.blank()) {
				continue;
			}
			rows++;
			String field = "indicator";
			try {
				String name = columns.cell(line, "indicator");
				if (name.isEmpty()) {
					throw new FigureRefusal.Missing("indicator");
				}
				IndicatorRecord indicator = this.indicators.findByName(planId, name)
					.orElseThrow(() -> new FigureRefusal.UnknownIndicator(name));
				field = "region";
				Long region = region(indicator, columns.cell(line, "region"));
				field = "year";
				int year = FigureText.year(columns.cell(line, "year"));
				String key = indicator.id() + "/" + region + "/" + year;
				Optional<String> current = Optional.ofNullable(seen.get(key))
					.or(() -> this.figures.current(indicator.id(), region, year).map((f) -> f.value().toPlainString()));
				FigureCheck.Checked figure = this.check.check(indicator,
						new FigureInput(region, year, columns.cell(line, "value"), columns.cell(line, "status"),
								columns.cell(line, "source"), columns.cell(line, "revisionReason"),
								columns.cell(line, "form")),
						period, current);
				seen.put(key, figure.value().toPlainString());
				checked.add(figure);
			}
			catch (FigureRefusal ex) {
				String column = (ex.field() != null) ? ex.field() : field;
				errors.add(new RowError(line.number(), columns.header(column), ex));
			}
		}
		if (!errors.isEmpty()) {
			throw new ValueFileRefused(fileName, errors);
		}
		int revised = 0;
		for (FigureCheck.Checked figure : checked) {
			revised += figure.revision() ? 1 : 0;
			keep(figure, actor, at);
		}
		return new FigureImportReport(fileName, rows, checked.size() - revised, revised);
	}

	/** Keeps a checked figure; a revision names the figure current until now. */
	public long keep(FigureCheck.Checked figure, String actor, OffsetDateTime at) {
		Long revises = figure.revision() ? this.figures.current(figure.indicatorId(), figure.regionId(), figure.year())
			.map((f) -> f.id())
			.orElse(null) : null;
		return this.figures.insert(new FigureStore.NewFigure(figure.indicatorId(), figure.regionId(), figure.year(),
				figure.value(), figure.form(), figure.status(), figure.source(), figure.revisionReason(), revises),
				actor, at);
	}

	private Long region(IndicatorRecord indicator, String name) {
		if (name.isEmpty()) {
			return indicator.regionId();
		}
		Long id = this.regions.findByName(name)
			.map((r) -> r.id())
			.orElseThrow(() -> new FigureRefusal.RegionNotCovered(name, indicator.name()));
		return this.check.region(indicator, id);
	}

}
