package cn.beijing.platform.energy.config;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Scheduled jobs of the service: the daily overdue-rating evaluation ({@code energy.overdue-evaluation.cron},
 * {@code -} disables it).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SchedulingConfiguration {
}
