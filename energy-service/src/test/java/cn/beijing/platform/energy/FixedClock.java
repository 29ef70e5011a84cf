package cn.beijing.platform.energy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Integration tests decide on a known day: 2027-02-15 (Asia/Shanghai). Years up to 2026 have ended and can be
 * rated; the rating deadlines of 2024 (2025-06-30) and 2025 (2026-06-30) have passed, that of 2026 has not; the
 * renewal trial (2024-12-26 to 2027-12-25) is in force.
 */
@TestConfiguration(proxyBeanMethods = false)
public class FixedClock {

    public static final LocalDate TODAY = LocalDate.of(2027, 2, 15);

    @Bean
    Clock clock() {
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        return Clock.fixed(TODAY.atTime(10, 0).atZone(zone).toInstant(), zone);
    }
}
