package cn.beijing.platform.policy;

import java.time.LocalDate;

/**
 * A rule decided by its input alone: the input carries the date that decides (a service or discharge date), or the
 * rule is the same on every day. The decision date is not used.
 *
 * @param <I> the input record
 * @param <D> the decision record
 */
public interface DecidesByInput<I, D> extends Decides<I, D> {

    /**
     * @throws PolicyInputException naming the input field the rule cannot decide on ({@code input} when there is none)
     */
    D evaluate(I input);

    @Override
    default D decide(I input, LocalDate decisionDate) {
        return evaluate(input);
    }
}
