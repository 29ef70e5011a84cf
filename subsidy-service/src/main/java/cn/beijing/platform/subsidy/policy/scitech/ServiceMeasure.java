package cn.beijing.platform.subsidy.policy.scitech;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

import cn.beijing.platform.policy.Basis;
import cn.beijing.platform.policy.Inputs;
import cn.beijing.platform.subsidy.policy.Documents;

/**
 * A measure of 31号 that gives a service, not money (措施13, 15): the service is granted when the claim meets the
 * measure's one condition; the decision cites the measure (no parameters).
 *
 * @param <I> the claim
 */
public abstract class ServiceMeasure<I> implements SciTechCultureMeasure<I> {

    private final int measure;
    private final String service;
    private final String failureCode;
    private final String failureMessage;
    private final Predicate<I> condition;

    /** {@code condition}: the measure's one condition holds for a claim. */
    ServiceMeasure(int measure, String service, String failureCode, String failureMessage, Predicate<I> condition) {
        this.measure = measure;
        this.service = service;
        this.failureCode = failureCode;
        this.failureMessage = failureMessage;
        this.condition = condition;
    }

    @Override
    public final CultureSupportDecision decide(I in, LocalDate decisionDate) {
        List<Basis> basis = List.of(Basis.of(Documents.SCI_TECH_CULTURE, CultureSupportDecision.article(measure)));
        return condition.test(Inputs.required("input", in))
                ? CultureSupportDecision.of(measure, List.of(AwardPart.service(service)), List.of(), basis)
                : CultureSupportDecision.of(measure, List.of(),
                        List.of(CultureSupportDecision.failure(measure, failureCode, failureMessage)), basis);
    }
}
