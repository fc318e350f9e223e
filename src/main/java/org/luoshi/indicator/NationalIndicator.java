package org.luoshi.indicator;

/**
 * One binding indicator as every plan in the installation names it (compared after NFKC):
 * how many plans hold it, how many of them have a figure of their own, and the latest
 * year any of them reported.
 *
 * @param unit the unit most plans write (the first in order when they differ)
 * @param latestYear the latest year with a figure, or null when none has one
 */
public record NationalIndicator(String name, String unit, int plans, int withFigures, Integer latestYear) {

	/** The share of the plans holding it that have a figure, in whole percent. */
	public int reportedPercent() {
		return (this.plans == 0) ? 0 : (int) Math.round(100.0 * this.withFigures / this.plans);
	}

}
