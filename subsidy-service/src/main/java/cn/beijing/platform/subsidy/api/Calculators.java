package cn.beijing.platform.subsidy.api;

import java.time.Clock;
import java.time.LocalDate;

import lombok.RequiredArgsConstructor;

/**
 * What the calculator endpoints share: they store nothing and decide on the facts of the request, on the
 * {@code decisionDate} asked for (query parameter) or, without one, on today by the service's clock.
 */
@RequiredArgsConstructor
abstract class Calculators {

    private final Clock clock;

    /** {@code decisionDate}, or today when none is asked for. */
    final LocalDate dateOr(LocalDate decisionDate) {
        return decisionDate != null ? decisionDate : LocalDate.now(clock);
    }
}
