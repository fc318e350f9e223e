package org.luoshi.reporting.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Turns on the reporting settings and the scheduler that runs the reminder job (whose
 * cron {@code luoshi.reporting.reminders.cron} is "-", off, in tests).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReportingProperties.class)
@EnableScheduling
class ReportingConfiguration {

}
