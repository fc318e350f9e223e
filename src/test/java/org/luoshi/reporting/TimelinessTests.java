package org.luoshi.reporting;

import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The timeliness of a report: the first submission against the deadline. */
class TimelinessTests {

	private static final OffsetDateTime DEADLINE = OffsetDateTime.parse("2012-03-31T23:59:00+08:00");

	@Test
	void aReportInBeforeOrAtTheDeadlineIsOnTime() {
		assertThat(of(DEADLINE.minusSeconds(1), DEADLINE.plusDays(3)).status()).isEqualTo(TimelinessStatus.ON_TIME);
		assertThat(of(DEADLINE, DEADLINE.plusDays(3)).status()).isEqualTo(TimelinessStatus.ON_TIME);
	}

	@Test
	void everyDayBegunAfterTheDeadlineCountsAsADayLate() {
		assertThat(of(DEADLINE.plusSeconds(1), DEADLINE.plusDays(9)).daysLate()).isEqualTo(1);
		assertThat(of(DEADLINE.plusDays(1), DEADLINE.plusDays(9)).daysLate()).isEqualTo(1);
		assertThat(of(DEADLINE.plusDays(1).plusSeconds(1), DEADLINE.plusDays(9)).daysLate()).isEqualTo(2);
		assertThat(of(DEADLINE.plusDays(6), DEADLINE.plusDays(9)).status()).isEqualTo(TimelinessStatus.LATE);
	}

	@Test
	void aReportNotInIsPendingUntilTheDeadlineAndMissingAfter() {
		assertThat(of(null, DEADLINE.minusSeconds(1)).status()).isEqualTo(TimelinessStatus.PENDING);
		assertThat(of(null, DEADLINE).status()).isEqualTo(TimelinessStatus.PENDING);
		assertThat(of(null, DEADLINE.plusSeconds(1)).status()).isEqualTo(TimelinessStatus.MISSING);
		assertThat(of(null, DEADLINE.plusSeconds(1)).daysLate()).isNull();
	}

	private static Timeliness of(OffsetDateTime first, OffsetDateTime now) {
		return Timeliness.of(7, "省农委", DEADLINE, first, now);
	}

}
