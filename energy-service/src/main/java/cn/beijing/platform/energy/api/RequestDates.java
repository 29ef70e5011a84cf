package cn.beijing.platform.energy.api;

import java.time.Clock;
import java.time.LocalDate;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * The day a calculator decides on or a read is made for: the date the request names, or today by the service's clock
 * (Asia/Shanghai) when it names none.
 */
@Component
@RequiredArgsConstructor
class RequestDates {

    private final Clock clock;

    /** {@code requested}, or today when the request names no date. */
    LocalDate orToday(LocalDate requested) {
        return requested != null ? requested : LocalDate.now(clock);
    }
}
