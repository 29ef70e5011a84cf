package cn.beijing.platform.energy.config;

import cn.beijing.platform.energy.policy.rating.BuildingRating;
import cn.beijing.platform.energy.policy.rating.ComprehensiveIntensity;
import cn.beijing.platform.energy.policy.rating.EnergyGrade;
import cn.beijing.platform.energy.policy.rating.RetrofitObligation;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The rating of a building's year, built from the declared rules it applies. */
@Configuration(proxyBeanMethods = false)
class RatingConfiguration {

    @Bean
    BuildingRating buildingRating(ComprehensiveIntensity intensity, EnergyGrade grade, RetrofitObligation retrofit) {
        return new BuildingRating(intensity, grade, retrofit);
    }
}
