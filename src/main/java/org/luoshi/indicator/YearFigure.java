package org.luoshi.indicator;

/**
 * One year's figure as the arithmetic reads it: the level reached (or, for a cumulative
 * indicator, the amount added that year).
 */
public record YearFigure(int year, double value) {

}
