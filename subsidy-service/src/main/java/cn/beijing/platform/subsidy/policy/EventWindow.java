package cn.beijing.platform.subsidy.policy;

import java.time.LocalDate;
import java.util.Objects;

/** A window of qualifying events, both ends inclusive (e.g. 有效期至2027年12月31日). */
public record EventWindow(LocalDate eventsFrom, LocalDate eventsTo) {

    public EventWindow {
        Objects.requireNonNull(eventsFrom, "eventsFrom");
        Objects.requireNonNull(eventsTo, "eventsTo");
        if (eventsTo.isBefore(eventsFrom)) {
            throw new IllegalArgumentException("events_to " + eventsTo + " is before events_from " + eventsFrom);
        }
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(eventsFrom) && !date.isAfter(eventsTo);
    }
}
