package cn.beijing.platform.subsidy.policy;

import java.time.LocalDate;

import cn.beijing.platform.policy.Basis;
import cn.beijing.platform.policy.EffectiveDated;
import cn.beijing.platform.policy.Inputs;
import cn.beijing.platform.policy.RuleDescriptor;
import cn.beijing.platform.policy.parameters.ParameterSet;

/**
 * The terms of a declared rule: its first declared parameter file, bound to {@code T}; the version in force on a
 * decision date; the rule's basis with that version; and the rule's conditions, which fail citing the rule's article.
 *
 * @param <T> the record of the terms
 */
public final class RuleTerms<T> {

    private final RuleDescriptor rule;
    private final EffectiveDated<T> terms;

    private RuleTerms(RuleDescriptor rule, EffectiveDated<T> terms) {
        this.rule = rule;
        this.terms = terms;
    }

    /** The terms of {@code rule} (a class annotated {@code @Rule}) read from {@code parameters}. */
    public static <T> RuleTerms<T> of(Object rule, ParameterSet parameters, Class<T> type) {
        RuleDescriptor descriptor = RuleDescriptor.of(rule.getClass());
        return new RuleTerms<>(descriptor, parameters.get(descriptor.parameters().get(0), type));
    }

    /** The terms in force on {@code decisionDate}; none in force is an input error on {@code decisionDate}. */
    public T on(LocalDate decisionDate) {
        return Inputs.inForce(terms, decisionDate);
    }

    /** The rule's document and article with the version of its terms in force on {@code decisionDate}. */
    public Basis basis(LocalDate decisionDate) {
        return Citation.of(rule.document(), rule.article(), decisionDate, terms);
    }

    /** No condition checked yet; each that fails cites the rule's article. */
    public Conditions conditions() {
        return new Conditions(rule.document(), rule.article());
    }

    public EffectiveDated<T> parameter() {
        return terms;
    }
}
