package cn.beijing.platform.subsidy.policy.finance;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The bracket (档) of a scale an amount reaches: of brackets listed in ascending order, the last whose inclusive lower
 * bound the amount reaches, with its number (1 for the first), which names the award clause.
 *
 * @param <B> the bracket of the article's terms
 */
record ReachedBracket<B>(B bracket, int number) {

    /** The bracket of {@code brackets} that {@code amount} reaches by {@code from}; empty below the first. */
    static <B> Optional<ReachedBracket<B>> of(List<B> brackets, Function<B, BigDecimal> from, BigDecimal amount) {
        ReachedBracket<B> reached = null;
        for (int i = 0; i < brackets.size(); i++) {
            if (amount.compareTo(from.apply(brackets.get(i))) >= 0) {
                reached = new ReachedBracket<>(brackets.get(i), i + 1);
            }
        }
        return Optional.ofNullable(reached);
    }
}
