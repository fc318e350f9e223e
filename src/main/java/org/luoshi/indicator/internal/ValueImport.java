package org.luoshi.indicator.internal;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.luoshi.indicator.RowError;
import org.luoshi.indicator.ValueEntry;
import org.luoshi.indicator.ValueFileRefused;
import org.luoshi.indicator.ValueImportReport;
import org.luoshi.indicator.ValueRefusal;

import org.springframework.stereotype.Component;

/**
 * Imports a file of yearly figures all or nothing: every row is checked first, as if the
 * rows before it were already kept (a second row for the same indicator, region and year
 * is a revision and needs a reason), and the file is refused with every error found, by
 * row and column; only a file without errors is written.
 */
@Component
public class ValueImport {

	private final IndicatorStore indicators;

	private final ValueStore values;

	private final FigureCheck check;

	private final Regions regions;

	ValueImport(IndicatorStore indicators, ValueStore values, FigureCheck check, Regions regions) {
		this.indicators = indicators;
		this.values = values;
		this.check = check;
		this.regions = regions;
	}

	public ValueImportReport run(long planId, FigureCheck.Period period, byte[] content, String fileName, String actor,
			OffsetDateTime at) {
		List<ValueFile.Line> lines = ValueFile.read(content, fileName);
		List<RowError> errors = new ArrayList<>();
		ValueColumns columns = ValueColumns.of(lines.get(0), errors);
		if (!errors.isEmpty()) {
			throw new ValueFileRefused(fileName, errors);
		}
		Map<String, String> seen = new HashMap<>();
		List<FigureCheck.Checked> checked = new ArrayList<>();
		int rows = 0;
		for (ValueFile.Line line : lines.subList(1, lines.size())) {
			if (line.blank()) {
				continue;
			}
			rows++;
			String field = "indicator";
			try {
				String name = columns.cell(line, "indicator");
				if (name.isEmpty()) {
					throw new ValueRefusal.Missing("indicator");
				}
				IndicatorRecord indicator = this.indicators.findByName(planId, name)
					.orElseThrow(() -> new ValueRefusal.UnknownIndicator(name));
				field = "region";
				Long region = region(indicator, columns.cell(line, "region"));
				field = "year";
				int year = Figures.year(columns.cell(line, "year"));
				String key = indicator.id() + "/" + region + "/" + year;
				Optional<String> current = Optional.ofNullable(seen.get(key))
					.or(() -> this.values.current(indicator.id(), region, year).map((f) -> f.value().toPlainString()));
				FigureCheck.Checked figure = this.check
					.check(indicator,
							new ValueEntry(region, year, columns.cell(line, "value"), columns.cell(line, "status"),
									columns.cell(line, "source"), columns.cell(line, "revisionReason")),
							period, current);
				seen.put(key, figure.value().toPlainString());
				checked.add(figure);
			}
			catch (ValueRefusal ex) {
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
		return new ValueImportReport(fileName, rows, checked.size() - revised, revised);
	}

	/** Keeps a checked figure; a revision names the figure current until now. */
	public long keep(FigureCheck.Checked figure, String actor, OffsetDateTime at) {
		Long revises = figure.revision() ? this.values.current(figure.indicatorId(), figure.regionId(), figure.year())
			.map((f) -> f.id())
			.orElse(null) : null;
		return this.values.insert(new ValueStore.NewFigure(figure.indicatorId(), figure.regionId(), figure.year(),
				figure.value(), figure.status(), figure.source(), figure.revisionReason(), revises), actor, at);
	}

	private Long region(IndicatorRecord indicator, String name) {
		if (name.isEmpty()) {
			return indicator.regionId();
		}
		Long id = this.regions.findByName(name)
			.map((r) -> r.id())
			.orElseThrow(() -> new ValueRefusal.RegionNotCovered(name, indicator.name()));
		return this.check.region(indicator, id);
	}

}
