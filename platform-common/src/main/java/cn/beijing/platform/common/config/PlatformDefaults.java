package cn.beijing.platform.common.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;

/**
 * Adds {@code platform-defaults.properties} as the lowest-precedence property source of every service:
 * the settings all services share (Flyway locations, Kafka serializers, Actuator exposure, graceful
 * shutdown, strict JSON, tracing). A service's own configuration overrides any of them.
 *
 * <p>Logs are one JSON object per line (Elastic Common Schema) in every profile but {@code local}, where a
 * developer reads them in a terminal; {@code logging.structured.format.console} set anywhere else wins.
 */
public class PlatformDefaults implements EnvironmentPostProcessor {

    static final String LOCAL_PROFILE = "local";
    static final String STRUCTURED_CONSOLE_FORMAT = "logging.structured.format.console";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        try {
            environment.getPropertySources().addLast(
                    new ResourcePropertySource("platformDefaults", new ClassPathResource("platform-defaults.properties")));
            if (!environment.matchesProfiles(LOCAL_PROFILE)) {
                environment.getPropertySources().addLast(new MapPropertySource("platformStructuredLogs",
                        Map.of(STRUCTURED_CONSOLE_FORMAT, "ecs")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
