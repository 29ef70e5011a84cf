package cn.beijing.platform.energy.config;

import cn.beijing.platform.common.calendar.WorkingDayCalendar;
import cn.beijing.platform.energy.parameters.EnergyParameterFiles;
import cn.beijing.platform.energy.parameters.EnergyParameters;
import cn.beijing.platform.energy.parameters.EnergyPolicies;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The policy objects of the service, built once at start-up from the shipped parameter files
 * ({@code classpath:policy/*.yaml}, validated on load: a bad file stops the service) and the working-day calendar.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EnergyProperties.class)
class EnergyPolicyConfiguration {

    @Bean
    EnergyParameters energyParameters() {
        return EnergyParameterFiles.shipped();
    }

    @Bean
    EnergyPolicies energyPolicies(EnergyParameters parameters, WorkingDayCalendar workingDayCalendar) {
        return EnergyPolicies.from(parameters, workingDayCalendar);
    }
}
