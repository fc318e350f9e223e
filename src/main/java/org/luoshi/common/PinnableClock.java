package org.luoshi.common;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Supplier;

/**
 * The application's clock: the one it wraps, unless work on the current thread pinned
 * another moment with {@link #at} — the demo loader writes a past year's reports and
 * figures through the real services as on the days they illustrate (submitted in March
 * 2012, one late in April). Other threads (requests, schedules) keep the real time.
 */
public final class PinnableClock extends Clock {

	private static final ThreadLocal<Instant> PINNED = new ThreadLocal<>();

	private final Clock clock;

	public PinnableClock(Clock clock) {
		this.clock = clock;
	}

	/**
	 * Runs the work with the clock at the moment given on this thread, then returns to
	 * the time before.
	 */
	public <T> T at(Instant moment, Supplier<T> work) {
		Instant before = PINNED.get();
		PINNED.set(moment);
		try {
			return work.get();
		}
		finally {
			if (before != null) {
				PINNED.set(before);
			}
			else {
				PINNED.remove();
			}
		}
	}

	/**
	 * Runs the work at the moment given where the clock is pinnable; on another clock (a
	 * test's) as it is.
	 */
	public static <T> T at(Clock clock, Instant moment, Supplier<T> work) {
		return (clock instanceof PinnableClock pinnable) ? pinnable.at(moment, work) : work.get();
	}

	@Override
	public ZoneId getZone() {
		return this.clock.getZone();
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return new PinnableClock(this.clock.withZone(zone));
	}

	@Override
	public Instant instant() {
		Instant pinned = PINNED.get();
		return (pinned != null) ? pinned : this.clock.instant();
	}

}
