package cn.beijing.platform.policy;

import java.time.LocalDate;

/**
 * A rule whose only fact is the date it decides on (a discharge or service date, passed as the decision date): its
 * input carries nothing.
 *
 * @param <D> the decision record
 */
public interface DecidesByDate<D> extends Decides<DecidesByDate.NoFacts, D> {

    /** The input of a rule decided by its date alone. */
    record NoFacts() {
    }

    /** The decision on {@code date}; a date the rule does not govern is refused naming the date. */
    D evaluate(LocalDate date);

    @Override
    default D decide(NoFacts input, LocalDate decisionDate) {
        return evaluate(decisionDate);
    }
}
