package org.luoshi.security;

import org.luoshi.common.Refusal;
import org.luoshi.common.Worded;

/**
 * Refusal: the signed-in user's role does not take this action (a reporter importing a
 * notice, a leader correcting a task). Every module's services decide who may act and
 * refuse with this, so that pages, the API and any future caller get the same answer.
 */
public class NotPermitted extends Refusal {

	private final String action;

	/**
	 * @param role the role of the user refused, null for a user in none
	 * @param action what was refused, as a code with its words under
	 * {@code action.<code>} in the message files
	 */
	public NotPermitted(Role role, String action) {
		super(Kind.FORBIDDEN, "security", "not-permitted",
				((role != null) ? role.code() : "user") + " may not " + action, (role != null) ? role : "—",
				new Action(action));
		this.action = action;
	}

	public String action() {
		return this.action;
	}

	/** The action named in words. */
	private record Action(String code) implements Worded {

		@Override
		public String wordCode() {
			return "action." + this.code;
		}

	}

}
