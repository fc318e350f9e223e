package org.luoshi.reporting;

import java.time.OffsetDateTime;

/**
 * Why a cycle cannot be opened or run as asked; each reason is its own subclass.
 */
public abstract class CycleRefusal extends ReportingRefusal {

	protected CycleRefusal(Kind kind, String code, String message, Object... arguments) {
		super(kind, code, message, arguments);
	}

	/** The plan has a cycle for that period already. */
	public static class CycleAlreadyOpen extends CycleRefusal {

		public CycleAlreadyOpen(ReportingPeriod period, long cycleId) {
			super(Kind.CONFLICT, "cycle-already-open", "The plan has cycle " + cycleId + " for " + period,
					period.code(), String.valueOf(cycleId));
		}

	}

	/** A year outside the plan's period. */
	public static class YearOutsidePlan extends CycleRefusal {

		public YearOutsidePlan(int year, Integer from, Integer to) {
			super(Kind.INVALID, "year-outside-plan", year + " lies outside the plan's " + from + "–" + to,
					String.valueOf(year), String.valueOf(from), String.valueOf(to));
		}

	}

	/** A deadline that has already passed when the cycle opens. */
	public static class DeadlineNotInFuture extends CycleRefusal {

		public DeadlineNotInFuture(OffsetDateTime deadline) {
			super(Kind.INVALID, "deadline-not-in-future", "The deadline " + deadline + " has passed", deadline);
		}

	}

	/** Nobody would report: no open assignment, or none of those named. */
	public static class NoOneToReport extends CycleRefusal {

		public NoOneToReport() {
			super(Kind.INVALID, "no-one-to-report", "No organisation answers for a task of the plan");
		}

	}

	/** An organisation named to report that answers for no task of the plan. */
	public static class OrganisationNotInPlan extends CycleRefusal {

		public OrganisationNotInPlan(long organisationId) {
			super(Kind.INVALID, "organisation-not-in-plan",
					"Organisation " + organisationId + " answers for no task of the plan",
					String.valueOf(organisationId));
		}

	}

	/** An organisation that does not report in the cycle. */
	public static class OrganisationNotInCycle extends CycleRefusal {

		public OrganisationNotInCycle(long organisationId) {
			super(Kind.NOT_FOUND, "organisation-not-in-cycle",
					"Organisation " + organisationId + " does not report in this cycle",
					String.valueOf(organisationId));
		}

	}

	/** Reminder days that are not whole numbers of days before the deadline. */
	public static class ReminderDaysInvalid extends CycleRefusal {

		public ReminderDaysInvalid(String given) {
			super(Kind.INVALID, "reminder-days-invalid", "Reminder days must be whole days from 1 to 366: " + given,
					given);
		}

	}

	/** A time zone that does not exist. */
	public static class UnknownTimeZone extends CycleRefusal {

		public UnknownTimeZone(String given) {
			super(Kind.INVALID, "unknown-time-zone", "Unknown time zone " + given, given);
		}

	}

	/** An escalation that says nothing. */
	public static class EscalationMessageRequired extends CycleRefusal {

		public EscalationMessageRequired() {
			super(Kind.INVALID, "escalation-message-required", "An escalation needs a message");
		}

	}

	/** An e-mail address that cannot be one. */
	public static class ContactAddressInvalid extends CycleRefusal {

		public ContactAddressInvalid(String given) {
			super(Kind.INVALID, "contact-address-invalid", "Not an e-mail address: " + given, given);
		}

	}

	/** The plan's schedule changed since the office read it. */
	public static class ScheduleChangedMeanwhile extends CycleRefusal {

		public ScheduleChangedMeanwhile(long planId, int sent, int current) {
			super(Kind.STALE, "schedule-changed-meanwhile",
					"The schedule of plan " + planId + " is at version " + current + ", not " + sent,
					String.valueOf(sent), String.valueOf(current));
		}

	}

	/** A rhythm other than yearly, half-yearly or quarterly. */
	public static class UnknownRhythm extends CycleRefusal {

		public UnknownRhythm(String given) {
			super(Kind.INVALID, "unknown-rhythm", "Unknown reporting rhythm " + given, given);
		}

	}

	/** A period code other than 2011, 2011-H1 or 2011-Q3. */
	public static class UnknownPeriod extends CycleRefusal {

		public UnknownPeriod(String given) {
			super(Kind.INVALID, "unknown-period", "Not a reporting period: " + given, given);
		}

	}

	/** A half-year other than 1 or 2, a quarter other than 1 to 4. */
	public static class PeriodOutOfRange extends CycleRefusal {

		public PeriodOutOfRange(ReportingPeriod.Rhythm rhythm, int number) {
			super(Kind.INVALID, "period-out-of-range", "A " + rhythm.code() + " period numbered " + number, rhythm,
					String.valueOf(number), String.valueOf(rhythm.perYear()));
		}

	}

	/**
	 * A plan reporting by the half-year or the quarter, and a cycle opened without saying
	 * which.
	 */
	public static class PeriodRequired extends CycleRefusal {

		public PeriodRequired(ReportingPeriod.Rhythm rhythm) {
			super(Kind.INVALID, "period-required", "A " + rhythm.code() + " plan's cycle names its period", rhythm);
		}

	}

	/** The days after a period's end by which its reports are due, out of 0–90. */
	public static class DaysAfterPeriodInvalid extends CycleRefusal {

		public DaysAfterPeriodInvalid(Integer given) {
			super(Kind.INVALID, "days-after-period-invalid", "Days after the period must be 0 to 90: " + given,
					String.valueOf(given));
		}

	}

}
