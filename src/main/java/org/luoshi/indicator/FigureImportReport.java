package org.luoshi.indicator;

/**
 * What an import of yearly figures kept: every row, as first figures or as revisions of
 * figures entered before.
 */
public record FigureImportReport(String fileName, int rows, int entered, int revised) {

}
