package org.luoshi.installation.internal.synthetic;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.luoshi.common.ComparedText;
import org.luoshi.common.Vocabulary;

/**
 * Writes a plan's indicators, nine in ten of the binding ones and six in ten of the
 * expected ones, each with its lead department and, for the years generated, the baseline
 * (2010) and a yearly figure that moves towards the target at a pace drawn around the
 * expected one: some plans ahead, some behind. Absolute quantities shrink with the
 * government's level; rates and percentages do not.
 */
@Vocabulary("the source written beside a generated figure")
final class IndicatorWriter {

	private static final String SOURCE = "统计公报（合成数据）";

	/**
	 * What the reports need of an indicator: who leads it and its figure of each year.
	 */
	record WrittenIndicator(long id, long lead, long[] figureOfYear) {
	}

	private final Rows rows;

	private final Ids ids;

	private final SyntheticWords words;

	private final OffsetDateTime at;

	IndicatorWriter(Rows rows, Ids ids, SyntheticWords words, OffsetDateTime at) {
		this.rows = rows;
		this.ids = ids;
		this.words = words;
		this.at = at;
	}

	List<WrittenIndicator> write(Government government, long planId, Candidates candidates, int years, Random random) {
		List<WrittenIndicator> written = new ArrayList<>();
		double scale = switch (government.level) {
			case "province" -> 1;
			case "city" -> 0.12;
			default -> 0.015;
		};
		for (SyntheticWords.IndicatorWord word : this.words.indicators()) {
			if (random.nextInt(10) >= (word.binding() ? 9 : 6)) {
				continue;
			}
			long id = this.ids.next(Table.INDICATOR);
			int chosen = candidates.draw(1, random)[0];
			long lead = candidates.organisationId(chosen);
			boolean absolute = !(word.unit().equals("%") || word.unit().equals("元") || word.unit().equals("岁"));
			double baseline = word.baseline().doubleValue() * (absolute ? scale : 1)
					* (0.9 + 0.2 * random.nextDouble());
			boolean byPercent = word.kind().endsWith("-by-percent");
			boolean cumulative = word.kind().equals("cumulative");
			double target = byPercent ? word.target().doubleValue() * (0.85 + 0.3 * random.nextDouble())
					: cumulative ? word.target().doubleValue() * scale * (0.8 + 0.4 * random.nextDouble())
							: baseline * word.target().doubleValue() / word.baseline().doubleValue();
			this.rows.add(Table.INDICATOR, id, planId, word.name(), ComparedText.of(word.name()), word.binding(),
					word.kind(), word.unit(), cumulative ? null : 2010, cumulative ? null : number(baseline),
					number(target), 2015, lead, government.regionId, written.size() + 1, this.at);
			this.rows.add(Table.INDICATOR_ORGANISATION, id, lead, candidates.writtenName(chosen), 0, true);
			long[] figures = new long[years + 1];
			double pace = 0.6 + 0.7 * random.nextDouble();
			for (int k = cumulative ? 1 : 0; k <= years; k++) {
				double figure = switch (word.kind()) {
					case "maintain" -> target * (1 + 0.01 * random.nextDouble());
					case "reduce-by-percent" -> baseline * Math.pow(1 - target / 100, k / 5.0 * pace);
					case "increase-by-percent" -> baseline * Math.pow(1 + target / 100, k / 5.0 * pace);
					case "cumulative" -> target / 5 * pace;
					default -> baseline + (target - baseline) * k / 5.0 * pace;
				};
				figures[k] = this.ids.next(Table.INDICATOR_VALUE);
				this.rows.add(Table.INDICATOR_VALUE, figures[k], id, government.regionId, 2010 + k, number(figure),
						"final", SOURCE, "generator", this.at.plusDays(k), "level", true);
			}
			written.add(new WrittenIndicator(id, lead, figures));
		}
		return written;
	}

	private static BigDecimal number(double value) {
		return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
	}

}
