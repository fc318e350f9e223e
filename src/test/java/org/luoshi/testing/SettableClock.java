package org.luoshi.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * A clock a test sets to the moment it needs — a second before a deadline, a second after
 * — and moves on; every component that reads "now" from the application's clock reads it
 * from here once the test declares it the primary clock.
 */
public final class SettableClock extends Clock {

	private volatile Instant now;

	private final ZoneId zone;

	public SettableClock(Instant now, ZoneId zone) {
		this.now = now;
		this.zone = zone;
	}

	public SettableClock set(OffsetDateTime at) {
		this.now = at.toInstant();
		return this;
	}

	public SettableClock advance(Duration by) {
		this.now = this.now.plus(by);
		return this;
	}

	@Override
	public ZoneId getZone() {
		return this.zone;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return new SettableClock(this.now, zone);
	}

	@Override
	public Instant instant() {
		return this.now;
	}

}
