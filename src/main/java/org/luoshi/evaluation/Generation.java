package org.luoshi.evaluation;

/**
 * A generation under way, as the page polls it: the step reached of how many, and the
 * draft once it is done (or the reason it failed).
 *
 * @param state running, done or failed
 * @param reportId the draft generated; null until done
 * @param failure what went wrong, for the log and the page; null unless failed
 */
public record Generation(long id, long planId, int year, String state, int step, int steps, Long reportId,
		String failure) {

	public boolean done() {
		return "done".equals(this.state);
	}

	public boolean failed() {
		return "failed".equals(this.state);
	}

	/** Percent done, for the progress bar. */
	public int percent() {
		return (this.steps == 0) ? 0 : Math.min(100, this.step * 100 / this.steps);
	}

}
