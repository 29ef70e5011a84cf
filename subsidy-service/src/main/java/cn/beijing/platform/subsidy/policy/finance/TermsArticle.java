package cn.beijing.platform.subsidy.policy.finance;

import java.time.LocalDate;
import java.util.List;

import cn.beijing.platform.policy.Basis;
import cn.beijing.platform.policy.Inputs;
import cn.beijing.platform.policy.parameters.ParameterSet;
import cn.beijing.platform.subsidy.policy.Conditions;
import cn.beijing.platform.subsidy.policy.RuleTerms;

/**
 * What an article of 33号 with one claim shape and terms shares: the terms of its first declared parameter file in
 * force on the decision date, its conditions (each failure citing the article) and its basis. The article says in
 * {@link #assess} only what the gazette says about it.
 *
 * @param <I> the facts of a claim under the article
 * @param <T> the article's terms
 */
public abstract class TermsArticle<I, T> implements IndustrialFinanceArticle<I, FinanceSupportDecision> {

    private final RuleTerms<T> terms;

    TermsArticle(ParameterSet parameters, Class<T> termsType) {
        this.terms = RuleTerms.of(this, parameters, termsType);
    }

    @Override
    public final FinanceSupportDecision decide(I in, LocalDate decisionDate) {
        return evaluate(in, decisionDate);
    }

    /** The decision on one claim; a fact the article cannot decide on is an input error naming it. */
    public final FinanceSupportDecision evaluate(I in, LocalDate decisionDate) {
        return assess(Inputs.required("input", in), decisionDate);
    }

    abstract FinanceSupportDecision assess(I in, LocalDate decisionDate);

    /** The terms in force on {@code decisionDate}. */
    final T terms(LocalDate decisionDate) {
        return terms.on(decisionDate);
    }

    /** The article's conditions, none checked yet. */
    final Conditions conditions() {
        return terms.conditions();
    }

    /** The article with the version of its terms in force on {@code decisionDate}. */
    final List<Basis> basis(LocalDate decisionDate) {
        return List.of(terms.basis(decisionDate));
    }
}
