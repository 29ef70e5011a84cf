package cn.beijing.platform.common.config;

import cn.beijing.platform.policy.RuleBook;
import cn.beijing.platform.policy.calendar.WorkingDayCalendar;
import cn.beijing.platform.policy.parameters.ParameterSet;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionBuilder;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnResource;
import org.springframework.context.annotation.Bean;
import org.springframework.util.ClassUtils;

/**
 * The one way a service wires its policy: its parameter files ({@code classpath:policy/}), its declared rules (the
 * {@code @Rule} index of its policy packages) built once into a {@link RuleBook}, and every rule a bean of its own
 * class, so that workflows and controllers take the rules they use in their constructors. A bad parameter file or a
 * rule that reads what it does not declare stops the service at start-up.
 */
@AutoConfiguration(after = PlatformAutoConfiguration.class)
@ConditionalOnResource(resources = "classpath:" + RuleBook.INDEX)
public class PolicyAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    ParameterSet parameterSet() {
        return ParameterSet.shipped();
    }

    @Bean
    RuleBook ruleBook(ParameterSet parameters, WorkingDayCalendar calendar) {
        return RuleBook.load(ClassUtils.getDefaultClassLoader(), parameters, calendar);
    }

    /** Registers every indexed rule as a bean answered by the rule book. */
    @Bean
    static BeanDefinitionRegistryPostProcessor ruleBeans() {
        return new BeanDefinitionRegistryPostProcessor() {
            @Override
            public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
                for (Class<?> rule : RuleBook.indexed(ClassUtils.getDefaultClassLoader())) {
                    register(registry, rule);
                }
            }

            @Override
            public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
                // the rules are registered above; nothing to change here
            }

            private <T> void register(BeanDefinitionRegistry registry, Class<T> rule) {
                ConfigurableListableBeanFactory factory = (ConfigurableListableBeanFactory) registry;
                registry.registerBeanDefinition(rule.getName(), BeanDefinitionBuilder
                        .genericBeanDefinition(rule, () -> factory.getBean(RuleBook.class).get(rule))
                        .getBeanDefinition());
            }
        };
    }
}
