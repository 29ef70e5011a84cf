package cn.beijing.platform.energy.config;

import cn.beijing.platform.energy.rating.FloorAreaBasis;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Service settings ({@code energy.*}).
 *
 * @param sampleIntensityLimits load the shipped SAMPLE guide/constraint table ({@code sample-data/}) into years that
 *                              have no imported table. On in the local profile only; the rows stay flagged
 *                              {@code sample} and are never DB11/T 1413 values.
 * @param ratingFloorArea       [platform rule] the area the comprehensive intensity is expressed per: the public-use
 *                              area (the part 京建法〔2024〕12号 第三条 rates) or the total area
 */
@ConfigurationProperties("energy")
public record EnergyProperties(
        @DefaultValue("false") boolean sampleIntensityLimits,
        @DefaultValue("PUBLIC_AREA") FloorAreaBasis ratingFloorArea) {
}
