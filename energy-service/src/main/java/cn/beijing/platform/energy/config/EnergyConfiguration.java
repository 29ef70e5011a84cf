package cn.beijing.platform.energy.config;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** The service's own settings ({@code energy.*}); its rules and parameters are wired by platform-common. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EnergyProperties.class)
class EnergyConfiguration {
}
