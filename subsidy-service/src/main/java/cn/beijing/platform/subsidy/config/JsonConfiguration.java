package cn.beijing.platform.subsidy.config;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The facts of the gazette's conditions are yes/no flags ({@code reviewed}, {@code landingYear}, …); a flag the
 * client leaves out reads as {@code false} (the condition is not claimed). Everything else stays as strict as the
 * platform defaults: unknown properties and missing numbers are still refused.
 */
@Configuration(proxyBeanMethods = false)
public class JsonConfiguration {

    @Bean
    JsonMapperBuilderCustomizer absentFlagsAreFalse() {
        return builder -> builder.withConfigOverride(boolean.class,
                override -> override.setNullHandling(JsonSetter.Value.forValueNulls(Nulls.AS_EMPTY)));
    }
}
