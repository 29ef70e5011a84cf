package cn.beijing.platform.bench.outbox;

import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.SpringBootConfiguration;

/** A service with nothing but the platform's machinery: outbox writer, relay, producer, R2DBC, Flyway. */
@SpringBootConfiguration
@EnableAutoConfiguration(excludeName = "cn.beijing.platform.common.security.PlatformSecurityAutoConfiguration")
class BenchApplication {
}
