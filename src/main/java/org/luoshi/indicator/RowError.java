package org.luoshi.indicator;

/**
 * What is wrong with one cell of an imported file: its row as a spreadsheet numbers it
 * (the header is row 1), its column as the file's header names it, and why.
 */
public record RowError(int row, String column, FigureRefusal refusal) {

}
