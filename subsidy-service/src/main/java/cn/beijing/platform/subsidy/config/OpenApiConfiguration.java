package cn.beijing.platform.subsidy.config;

import cn.beijing.platform.common.openapi.RuleFamilyPaths;
import cn.beijing.platform.subsidy.programmes.IndustrialFinanceArticles;
import cn.beijing.platform.subsidy.programmes.SciTechCultureMeasures;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The calculators of the 33号 articles and the 31号 measures in the OpenAPI document: one path per declared member,
 * with that member's input and decision ({@code …/articles/2/evaluations}, {@code …/measures/6/evaluations}).
 */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfiguration {

    @Bean
    RuleFamilyPaths industrialFinanceArticlePaths(IndustrialFinanceArticles articles) {
        return new RuleFamilyPaths("/api/subsidies/industrial-finance/articles/{article}/evaluations",
                "industrialFinanceArticle", articles.family());
    }

    @Bean
    RuleFamilyPaths sciTechCultureMeasurePaths(SciTechCultureMeasures measures) {
        return new RuleFamilyPaths("/api/subsidies/sci-tech-culture/measures/{measure}/evaluations",
                "sciTechCultureMeasure", measures.family());
    }
}
