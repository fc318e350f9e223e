package org.luoshi.indicator.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

import org.luoshi.common.Illustrative;
import org.luoshi.common.PinnableClock;
import org.luoshi.indicator.Decomposition;
import org.luoshi.indicator.Decompositions;
import org.luoshi.indicator.FigureForm;
import org.luoshi.indicator.FigureInput;
import org.luoshi.indicator.FigureStatus;
import org.luoshi.indicator.IndicatorCompletion;
import org.luoshi.indicator.IndicatorFigures;
import org.luoshi.indicator.IndicatorSummary;
import org.luoshi.indicator.Indicators;
import org.luoshi.indicator.ShareEntry;
import org.luoshi.organisation.OrganisationDirectory;
import org.luoshi.organisation.RegionRef;
import org.luoshi.plan.PlanOverview;
import org.luoshi.plan.PlanRegister;
import org.luoshi.security.Actor;
import org.luoshi.security.CurrentActor;
import org.luoshi.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo data (示例数据): the seed plan's indicators with their 2010 baselines and figures for
 * 2010–2012 ({@code demo/jilin-indicator-figures.csv}: levels, yearly rates and changes
 * since the baseline, as the bureaus publish them, some for the cities), and two targets
 * split among the cities and issued ({@code demo/jilin-decompositions.tsv}), all entered
 * by the office through the real services on the days they would have been, and marked
 * illustrative. A figure the demo's reports entered already (their year's, see the
 * reporting demo) is not entered again. Runs after the demo cycle; only a plan whose
 * indicators have no baseline and no split yet gets them;
 * {@code luoshi.demo.figures=false} skips it.
 */
@Component
@Order(OrganisationDirectory.DEMO_ORDER + 40)
@ConditionalOnExpression("${luoshi.demo.enabled:false} and ${luoshi.demo.plan:true} and ${luoshi.demo.figures:true}")
class DemoFigures implements ApplicationRunner {

	static final String FIGURES = "/demo/jilin-indicator-figures.csv";

	static final String SPLITS = "/demo/jilin-decompositions.tsv";

	private static final Logger log = LoggerFactory.getLogger(DemoFigures.class);

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private final PlanRegister plans;

	private final Indicators indicators;

	private final IndicatorFigures figures;

	private final Decompositions decompositions;

	private final Regions regions;

	private final CurrentActor actors;

	private final Clock clock;

	DemoFigures(PlanRegister plans, Indicators indicators, IndicatorFigures figures, Decompositions decompositions,
			Regions regions, CurrentActor actors, Clock clock) {
		this.plans = plans;
		this.indicators = indicators;
		this.figures = figures;
		this.decompositions = decompositions;
		this.regions = regions;
		this.actors = actors;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		List<PlanOverview> all = this.plans.plans();
		if (all.isEmpty()) {
			return;
		}
		long planId = all.get(0).id();
		Map<String, IndicatorSummary> byName = new LinkedHashMap<>();
		this.indicators.ofPlan(planId).forEach((i) -> byName.put(i.name(), i));
		boolean started = byName.values()
			.stream()
			.anyMatch((i) -> i.baselineValue() != null || !this.decompositions.ofIndicator(i.id()).isEmpty());
		if (started) {
			return;
		}
		Actor office = new Actor(0, "office", "office", Role.OFFICE, null);
		int entered = this.actors.actingAs(office, () -> Illustrative.writing(() -> {
			List<String[]> rows = rows(FIGURES, ",");
			baselines(rows, byName);
			splits(byName);
			return figures(rows, byName);
		}));
		log.info("Demo indicator figures entered, marked illustrative: {}", entered);
	}

	/** The 2010 levels as the baselines, completed as the yearbook gave them. */
	private void baselines(List<String[]> rows, Map<String, IndicatorSummary> byName) {
		for (String[] row : rows) {
			IndicatorSummary indicator = byName.get(row[0]);
			boolean level = !FigureForm.of(row[4]).orElse(FigureForm.LEVEL).relative();
			if (indicator != null && row[1].isEmpty() && Objects.equals(indicator.baselineYear(), year(row)) && level) {
				at(LocalDateTime.of(year(row) + 1, 6, 30, 10, 0),
						() -> this.indicators.complete(indicator.id(), indicator.version(),
								new IndicatorCompletion(year(row), new BigDecimal(row[3]), null, null, null, null)));
			}
		}
	}

	/** Every figure of the file not entered yet (the reports enter their year's). */
	private int figures(List<String[]> rows, Map<String, IndicatorSummary> byName) {
		int entered = 0;
		for (String[] row : rows) {
			IndicatorSummary indicator = byName.get(row[0]);
			if (indicator == null) {
				continue;
			}
			Long region = row[1].isEmpty() ? indicator.regionId()
					: this.regions.findByName(row[1]).map(RegionRef::id).orElse(null);
			int year = year(row);
			boolean there = this.figures.figures(indicator.id())
				.stream()
				.anyMatch((f) -> f.year() == year && Objects.equals(f.regionId(), region));
			if (there) {
				continue;
			}
			// a year's final figures come with the yearbook in the summer after,
			// preliminary
			// ones with the bureau's early release in February
			boolean preliminary = FigureStatus.of(row[5]).orElse(FigureStatus.FINAL) == FigureStatus.PRELIMINARY;
			LocalDateTime when = preliminary ? LocalDateTime.of(year + 1, 2, 28, 10, 0)
					: LocalDateTime.of(year + 1, 6, 30, 10, 0).plusDays(row[1].isEmpty() ? 0 : 10);
			FigureInput input = new FigureInput(row[1].isEmpty() ? null : region, year, row[3], row[5], row[6], null,
					row[4]);
			at(when, () -> this.figures.enter(indicator.id(), input));
			entered++;
		}
		return entered;
	}

	/**
	 * Each split drafted, filled, submitted, approved and issued in May and June 2012.
	 */
	private void splits(Map<String, IndicatorSummary> byName) {
		Map<String, List<String[]>> shares = new LinkedHashMap<>();
		for (String[] row : rows(SPLITS, "\t")) {
			shares.computeIfAbsent(row[0], (k) -> new ArrayList<>()).add(row);
		}
		int week = 0;
		for (Map.Entry<String, List<String[]>> split : shares.entrySet()) {
			IndicatorSummary indicator = byName.get(split.getKey());
			if (indicator == null || !indicator.toDecompose()) {
				continue;
			}
			LocalDateTime start = LocalDateTime.of(2012, 5, 8, 10, 0).plusWeeks(week++);
			Decomposition draft = at(start, () -> this.decompositions.create(indicator.id()));
			List<ShareEntry> entries = new ArrayList<>();
			for (String[] row : split.getValue()) {
				draft.shares()
					.stream()
					.filter((s) -> s.organisation().equals(row[1]))
					.findFirst()
					.ifPresent((s) -> entries.add(new ShareEntry(s.organisationId(), new BigDecimal(row[2]),
							row[3].isEmpty() ? null : new BigDecimal(row[3]))));
			}
			Decomposition filled = at(start.plusDays(6),
					() -> this.decompositions.updateShares(draft.id(), draft.version(), entries));
			at(start.plusDays(7), () -> this.decompositions.submit(draft.id(), filled.version()));
			at(start.plusDays(17), () -> this.decompositions.approve(draft.id()));
			at(start.plusDays(28), () -> this.decompositions.issue(draft.id()));
		}
	}

	private <T> T at(LocalDateTime when, Supplier<T> work) {
		return PinnableClock.at(this.clock, when.atZone(ZONE).toInstant(), work);
	}

	private static int year(String[] row) {
		return Integer.parseInt(row[2]);
	}

	private static List<String[]> rows(String resource, String separator) {
		String text;
		try (InputStream in = DemoFigures.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("demo data file missing from the build: " + resource);
			}
			text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		List<String[]> rows = new ArrayList<>();
		boolean header = true;
		for (String line : text.split("\n")) {
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			if (header) {
				header = false;
				continue;
			}
			String[] cells = line.split(separator, -1);
			for (int i = 0; i < cells.length; i++) {
				cells[i] = cells[i].strip();
			}
			rows.add(cells);
		}
		return rows;
	}

}
