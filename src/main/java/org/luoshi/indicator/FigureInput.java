package org.luoshi.indicator;

/**
 * A yearly figure as somebody enters it, by hand or as a row of a file; the value is text
 * so that whatever was typed can be checked and named in the refusal.
 *
 * @param regionId the region the figure is for; null for the indicator's own region
 * @param year the year it measures
 * @param value the figure, digits only (553, 0.93)
 * @param status preliminary, final or revised (or 初步, 最终, 修订); empty: preliminary for a
 * first figure, revised for a revision
 * @param source where the figure comes from (统计年鉴2014)
 * @param revisionReason why an existing figure changes; required for a revision
 * @param form level, yearly-rate or cumulative-change (or 水平值, 当年降低率, 累计…); empty: a
 * level. Only a reduce- or increase-by-percent indicator takes a rate or a change.
 */
public record FigureInput(Long regionId, Integer year, String value, String status, String source,
		String revisionReason, String form) {

	/** A level. */
	public FigureInput(Long regionId, Integer year, String value, String status, String source, String revisionReason) {
		this(regionId, year, value, status, source, revisionReason, null);
	}

}
