package org.luoshi.reporting;

/**
 * A figure as the reporter enters it for the report's year; checked by the indicator
 * module as every figure is.
 *
 * @param revisionReason why a figure already there changes
 * @param form level (the default), yearly-rate or cumulative-change, for an indicator
 * reduced or increased by a percentage
 */
public record FigureEntry(String value, String status, String source, String revisionReason, String form) {

	/** A level. */
	public FigureEntry(String value, String status, String source, String revisionReason) {
		this(value, status, source, revisionReason, null);
	}

}
