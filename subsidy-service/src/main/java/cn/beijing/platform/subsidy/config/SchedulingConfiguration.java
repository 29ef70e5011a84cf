package cn.beijing.platform.subsidy.config;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Enables the service's own scheduled jobs (the nightly closing of public notices, {@link NoticeClosingJob}).
 * Each job's cron is a property; {@code -} disables it (the tests do, and run the job themselves).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
public class SchedulingConfiguration {
}
