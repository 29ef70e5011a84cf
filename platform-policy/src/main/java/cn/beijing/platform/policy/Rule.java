package cn.beijing.platform.policy;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a rule: a class that decides one question of the gazette (it implements {@link Decides}). The declaration
 * says where the rule comes from and what it reads; {@link RuleDescriptor#of(Class)} adds its input and decision
 * types, read from {@code Decides<I, D>}. The calculator endpoints, the programme claims, the case runner and the
 * documentation find rules through it (a compile-time index, {@link RuleBook#INDEX}), and the rule book checks at
 * start-up that a rule reads exactly the parameters it declares.
 * <pre>{@code
 * @Rule(id = "industrial-finance-article-02", document = "京技管发〔2024〕33号", article = "第二条",
 *       parameters = "industrial-finance-article-02-tech-insurance")
 * public final class TechInsuranceSubsidy implements IndustrialFinanceArticle<TechInsuranceSubsidy.Input> { … }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Rule {

    /** Stable identifier, unique in its service, e.g. {@code industrial-finance-article-02}; case files name it. */
    String id();

    /** The document number exactly as printed, e.g. {@code 京技管发〔2024〕33号}. */
    String document();

    /** The article exactly as printed, e.g. {@code 第二条} or {@code 二、支持政策 6}. */
    String article();

    /** The parameter files the rule's constructor reads (names without {@code .yaml}). */
    String[] parameters() default {};
}
