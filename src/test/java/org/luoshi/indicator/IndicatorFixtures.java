package org.luoshi.indicator;

import java.util.ArrayList;
import java.util.List;

import org.luoshi.notice.IndicatorKind;

/**
 * The seed's indicators (Jilin, 12th Five-Year Plan, baseline 2010, target 2015) as the
 * arithmetic reads them, with baselines where the notice gives none.
 */
final class IndicatorFixtures {

	private IndicatorFixtures() {
	}

	/** 单位地区生产总值能源消耗降低16％, the 2010 level taken as 1.0. */
	static IndicatorTarget energyPerGdp() {
		return new IndicatorTarget(IndicatorKind.REDUCE_BY_PERCENT, 2010, 1.0, 16, null, 2015);
	}

	/** 森林覆盖率达到44.2％, from 43.0 % in 2010. */
	static IndicatorTarget forestCoverage() {
		return new IndicatorTarget(IndicatorKind.REACH, 2010, 43.0, 44.2, null, 2015);
	}

	/** 耕地保有量保持在553万公顷. */
	static IndicatorTarget cultivatedLand() {
		return new IndicatorTarget(IndicatorKind.MAINTAIN, 2010, null, 553, null, 2015);
	}

	/** 全省总人口控制在2787万人以内. */
	static IndicatorTarget population() {
		return new IndicatorTarget(IndicatorKind.CAP, 2010, null, 2787, null, 2015);
	}

	/** 城镇保障性安居工程建设 5年累计 63.27万套. */
	static IndicatorTarget housing() {
		return new IndicatorTarget(IndicatorKind.CUMULATIVE, 2010, null, 63.27, null, 2015);
	}

	/** A rise by half over the period (增长50％), from 100. */
	static IndicatorTarget incomeUpByHalf() {
		return new IndicatorTarget(IndicatorKind.INCREASE_BY_PERCENT, 2010, 100.0, 50, null, 2015);
	}

	/** A yearly rate to be kept between 6 and 7 (6％—7％). */
	static IndicatorTarget rateBetweenSixAndSeven() {
		return new IndicatorTarget(IndicatorKind.RANGE, 2010, null, 6, 7.0, 2015);
	}

	/** Figures from 2011 on, one a year. */
	static List<YearFigure> from2011(double... values) {
		List<YearFigure> years = new ArrayList<>();
		for (int i = 0; i < values.length; i++) {
			years.add(new YearFigure(2011 + i, values[i]));
		}
		return years;
	}

	static List<YearFigure> in2013(double value) {
		return List.of(new YearFigure(2013, value));
	}

}
