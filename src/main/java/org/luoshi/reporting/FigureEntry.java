package org.luoshi.reporting;

/**
 * A figure as the reporter enters it for the report's year; checked by the indicator
 * module as every figure is.
 *
 * @param revisionReason why a figure already there changes
 */
public record FigureEntry(String value, String status, String source, String revisionReason) {

}
