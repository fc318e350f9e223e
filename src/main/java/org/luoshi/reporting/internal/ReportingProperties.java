package org.luoshi.reporting.internal;

import java.time.LocalTime;
import java.time.MonthDay;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The reporting cycle's settings ({@code luoshi.reporting.*}): the default deadline (31
 * March of the next year at 23:59), the time zone deadlines are set in, when reminders go
 * out, the attachment limit, and how mails are addressed. A plan may set its own reminder
 * days and time zone.
 *
 * @param deadlineDay the day of the following year reports are due by default
 * @param deadlineTime the time of day they are due
 * @param timeZone the time zone of a plan that has set none
 * @param reminderDays days before the deadline reminders go out, for a plan that has set
 * none
 * @param reminderTime the time of day a reminder goes out
 * @param attachmentLimit the largest file a report takes
 * @param mailFrom the sender of reminders and escalations
 * @param mailLanguage the language mails are written in
 * @param baseUrl where the application is reached, for links in mails
 * @param daysAfterPeriod how many days after a half-year's or quarter's last day its
 * reports are due where neither the notice nor the office says
 */
@ConfigurationProperties("luoshi.reporting")
public record ReportingProperties(@DefaultValue("--03-31") MonthDay deadlineDay,
		@DefaultValue("23:59") LocalTime deadlineTime, @DefaultValue("Asia/Shanghai") String timeZone, @DefaultValue( {
				"30", "7", "1" }) List<Integer> reminderDays,
		@DefaultValue("09:00") LocalTime reminderTime, @DefaultValue("10MB") DataSize attachmentLimit,
		@DefaultValue("luoshi@localhost") String mailFrom, @DefaultValue("zh-CN") String mailLanguage,
		@DefaultValue("http://localhost:8080") String baseUrl, @DefaultValue("10") int daysAfterPeriod){

	public ReportingProperties {
		reminderDays = List.copyOf(reminderDays);
	}

	/** The properties with their defaults, for tests that build components by hand. */
	public static ReportingProperties defaults() {
		return new ReportingProperties(MonthDay.of(3, 31), LocalTime.of(23, 59), "Asia/Shanghai", List.of(30, 7, 1),
				LocalTime.of(9, 0), DataSize.ofMegabytes(10), "luoshi@localhost", "zh-CN", "http://localhost:8080", 10);
	}

}
