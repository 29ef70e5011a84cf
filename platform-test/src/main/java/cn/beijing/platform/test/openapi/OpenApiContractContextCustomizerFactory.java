package cn.beijing.platform.test.openapi;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.springframework.boot.webtestclient.autoconfigure.WebTestClientBuilderCustomizer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Makes every Spring test's {@code WebTestClient} of a service check each exchange against the service's committed
 * OpenAPI document ({@code docs/openapi/<service>.yaml}, chosen by {@code spring.application.name}), so that an
 * integration test that receives an undocumented status, header, media type or field fails. Contexts of
 * applications without a committed document (the gateway, test applications) are left alone, and so is every context
 * while the documents are being regenerated ({@code -Dopenapi.update=true}).
 * Registered in {@code META-INF/spring.factories}.
 */
public final class OpenApiContractContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
            List<ContextConfigurationAttributes> configAttributes) {
        return CHECKING;
    }

    private static final ContextCustomizer CHECKING = new ContextCustomizer() {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            String application = context.getEnvironment().getProperty("spring.application.name");
            // while the documents are being regenerated (-Dopenapi.update=true) the committed ones are not the contract
            Optional<Path> document = application == null || Boolean.getBoolean(CommittedDocuments.UPDATE_PROPERTY)
                    ? Optional.empty() : CommittedDocuments.of(application);
            document.ifPresent(file -> context.getBeanFactory().registerSingleton("openApiContractChecking",
                    (WebTestClientBuilderCustomizer) builder -> builder.filter(
                            new ContractCheckingFilter(OpenApiContract.of(file)))));
        }

        @Override
        public boolean equals(Object other) {
            return other == this;
        }

        @Override
        public int hashCode() {
            return 1;
        }
    };
}
