package org.luoshi.evaluation.internal;

import org.luoshi.evaluation.EvaluationRefusal;
import org.luoshi.security.Actor;
import org.luoshi.security.CurrentActor;

import org.springframework.stereotype.Component;

/**
 * Who may do what with the office's reports, decided in the services whatever calls them:
 * the planning office generates, edits, freezes and publishes; leaders read; reporters
 * and approvers do neither. What is published is read by anybody through the portal.
 */
@Component("evaluationAccess")
public class Access {

	private final CurrentActor actors;

	Access(CurrentActor actors) {
		this.actors = actors;
	}

	/**
	 * @throws EvaluationRefusal.NotYourRole for anybody but the office
	 */
	public Actor office() {
		Actor actor = this.actors.current();
		if (!actor.isOffice()) {
			throw new EvaluationRefusal.NotYourRole(actor.role());
		}
		return actor;
	}

	/** Whoever is signed in: an organisation's reporter reads its own assessment. */
	public Actor signedIn() {
		return this.actors.current();
	}

	/** The signed-in user, if a request comes from one (the portal's visitors do not). */
	public java.util.Optional<Actor> visitor() {
		return this.actors.find();
	}

	/**
	 * @throws EvaluationRefusal.NotYourRole for anybody but the office and leaders
	 */
	public Actor reader() {
		Actor actor = this.actors.current();
		if (!actor.isOffice() && !actor.isLeader()) {
			throw new EvaluationRefusal.NotYourRole(actor.role());
		}
		return actor;
	}

}
