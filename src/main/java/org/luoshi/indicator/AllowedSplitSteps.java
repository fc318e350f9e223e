package org.luoshi.indicator;

/**
 * The steps of an indicator's split the signed-in user may take now, for a page to show
 * only the forms it may use; the services decide the same way when a step is taken.
 *
 * @param start draft a new split (none open yet)
 * @param save change the city targets of the split shown
 * @param submit submit it
 * @param approve approve it
 * @param giveBack return it with a reason
 * @param issue issue it
 */
public record AllowedSplitSteps(boolean start, boolean save, boolean submit, boolean approve, boolean giveBack,
		boolean issue) {

	public boolean any() {
		return this.start || this.save || this.submit || this.approve || this.giveBack || this.issue;
	}

}
