package cn.beijing.platform.policy;

import java.time.LocalDate;

/**
 * What a declared {@link Rule} does: from its input (a record of facts) and the decision date (which picks the
 * parameters in force) to a decision that carries its basis. Plain Java, no clock: the date is always an argument.
 *
 * @param <I> the input record, e.g. {@code TechInsuranceSubsidy.Input}
 * @param <D> the decision record
 */
public interface Decides<I, D> {

    /**
     * @param decisionDate the date the decision is taken on; rules whose input carries its own date (a service or
     *                     discharge date) may ignore it
     * @throws PolicyInputException naming the input field a rule cannot decide on
     */
    D decide(I input, LocalDate decisionDate);
}
