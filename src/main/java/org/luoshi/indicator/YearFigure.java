package org.luoshi.indicator;

/**
 * One year's figure as the arithmetic reads it: the level reached (or, for a cumulative
 * indicator, the amount added that year), or for a reduce- or increase-by-percent
 * indicator possibly the year's rate or the change since the baseline year, in percent.
 */
public record YearFigure(int year, double value, FigureForm form) {

	public YearFigure {
		form = (form != null) ? form : FigureForm.LEVEL;
	}

	/** A level. */
	public YearFigure(int year, double value) {
		this(year, value, FigureForm.LEVEL);
	}

}
