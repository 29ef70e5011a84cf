package cn.beijing.platform.subsidy.policy.scitech;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.beijing.platform.policy.Basis;
import cn.beijing.platform.policy.Inputs;
import cn.beijing.platform.policy.parameters.ParameterSet;
import cn.beijing.platform.subsidy.policy.Conditions;
import cn.beijing.platform.subsidy.policy.RuleTerms;

/**
 * What every measure of 31号 with terms shares: the terms of its first declared parameter file in force on the
 * decision date, the conditions a claim fails (each citing the measure), the award only when none fails, and the
 * basis with the version of the terms. A measure says in {@link #assess} only what the gazette says about it.
 *
 * @param <I> the facts of a claim under the measure
 * @param <T> the measure's terms
 */
public abstract class TermsMeasure<I, T> implements SciTechCultureMeasure<I> {

    private final int measure;
    private final RuleTerms<T> terms;

    TermsMeasure(int measure, ParameterSet parameters, Class<T> termsType) {
        this.measure = measure;
        this.terms = RuleTerms.of(this, parameters, termsType);
    }

    @Override
    public final CultureSupportDecision decide(I in, LocalDate decisionDate) {
        return evaluate(in, decisionDate);
    }

    /** The decision on one claim; a fact the measure cannot decide on is an input error naming it. */
    public final CultureSupportDecision evaluate(I in, LocalDate decisionDate) {
        Conditions conditions = terms.conditions();
        List<AwardPart> parts = assess(Inputs.required("input", in), decisionDate, conditions);
        List<Basis> basis = new ArrayList<>(List.of(terms.basis(decisionDate)));
        basis.addAll(alsoCited(in, decisionDate));
        return CultureSupportDecision.of(measure, parts, conditions.failures(), basis);
    }

    /**
     * Checks the facts (in the order of the input, each bad one an input error), records the unmet conditions and
     * returns the parts of the award, which count only when every condition is met.
     */
    abstract List<AwardPart> assess(I in, LocalDate decisionDate, Conditions conditions);

    /** The basis beyond the measure and its terms (e.g. the 附则 that define an event). */
    List<Basis> alsoCited(I in, LocalDate decisionDate) {
        return List.of();
    }

    /** The terms in force on {@code decisionDate}. */
    final T terms(LocalDate decisionDate) {
        return terms.on(decisionDate);
    }
}
