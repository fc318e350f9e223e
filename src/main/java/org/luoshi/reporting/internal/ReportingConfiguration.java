package org.luoshi.reporting.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * Turns on the reporting settings. The reminder job runs on the application's scheduler;
 * its cron {@code luoshi.reporting.reminders.cron} is "-", off, in tests.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReportingProperties.class)
class ReportingConfiguration {

}
