package cn.beijing.platform.test;

import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * Writes the shared infrastructure into the Spring test context of every class annotated with
 * {@link RealInfrastructure}: a fresh database per test class, the broker, and the JWT key, issuer and audience
 * of {@link TestTokens}.
 * Registered in {@code META-INF/spring.factories}.
 */
public final class RealInfrastructureContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
            List<ContextConfigurationAttributes> configAttributes) {
        Class<?> annotated = TestContextAnnotationUtils.searchEnclosingClass(testClass)
                ? outermost(testClass) : testClass;
        if (!AnnotatedElementUtils.hasAnnotation(annotated, RealInfrastructure.class)) {
            return null;
        }
        RealInfrastructure settings = AnnotatedElementUtils.findMergedAnnotation(annotated, RealInfrastructure.class);
        return new Customizer(annotated.getName(), settings == null || settings.sharedKafka(),
                settings == null || settings.sharedPostgres());
    }

    private static Class<?> outermost(Class<?> testClass) {
        Class<?> c = testClass;
        while (c.getEnclosingClass() != null && TestContextAnnotationUtils.searchEnclosingClass(c)) {
            c = c.getEnclosingClass();
        }
        return c;
    }

    /** Database name for a test class: readable prefix plus a hash, so that two classes never share one. */
    static String databaseFor(String testClassName) {
        String simple = testClassName.substring(testClassName.lastIndexOf('.') + 1)
                .replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT);
        if (simple.length() > 40) {
            simple = simple.substring(0, 40);
        }
        String hash = HexFormat.of().toHexDigits(testClassName.hashCode());
        return "t_" + simple + "_" + hash;
    }

    /** Equal for the same test class (its flags come from its annotation): one cached context per class. */
    private record Customizer(String testClassName, boolean sharedKafka, boolean sharedPostgres)
            implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            Infrastructure infrastructure = SharedInfrastructure.get();
            String database = databaseFor(testClassName);
            Map<String, Object> properties = new LinkedHashMap<>();
            if (sharedPostgres) {
                PostgresServer postgres = infrastructure.postgres();
                properties.putAll(postgres.springProperties(postgres.createDatabase(database)));
            }
            if (sharedKafka) {
                properties.put("spring.kafka.bootstrap-servers", infrastructure.kafkaBootstrapServers());
            }
            // consumer groups are per test class: cached contexts of other classes must not take its records
            properties.put("platform.kafka.group-prefix", database + "-");
            properties.put("platform.security.jwt.hmac-secret", TestTokens.SECRET);
            properties.put("platform.security.jwt.issuer", TestTokens.ISSUER);
            properties.put("platform.security.jwt.audiences", TestTokens.AUDIENCE);
            context.getEnvironment().getPropertySources()
                    .addFirst(new MapPropertySource("realInfrastructure", properties));
        }
    }
}
