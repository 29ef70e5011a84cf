package cn.beijing.platform.guardianship.policy;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The history of one legal quantity: non-overlapping windows, history only appended.
 * A rule asks for the value in force on its decision date.
 */
public record ParameterTimeline<T>(String name, List<ParameterValue<T>> values) {

    public ParameterTimeline {
        Objects.requireNonNull(name, "name");
        values = values.stream().sorted(Comparator.comparing(ParameterValue::validFrom)).toList();
        if (values.isEmpty()) {
            throw new IllegalArgumentException(name + ": no values");
        }
        for (int i = 1; i < values.size(); i++) {
            ParameterValue<T> previous = values.get(i - 1);
            ParameterValue<T> next = values.get(i);
            if (previous.validTo() == null || !next.validFrom().isAfter(previous.validTo())) {
                throw new IllegalArgumentException(name + ": window from " + next.validFrom()
                        + " overlaps the window from " + previous.validFrom());
            }
        }
    }

    /** A timeline with one open-ended value (tests, fixtures). */
    public static <T> ParameterTimeline<T> since(String name, LocalDate validFrom, T value) {
        return new ParameterTimeline<>(name, List.of(new ParameterValue<>(name, validFrom, null, value)));
    }

    /**
     * @throws PolicyInputException on field {@code decisionDate} when no value is in force on that date
     */
    public ParameterValue<T> inForceOn(LocalDate decisionDate) {
        PolicyInputException.required(decisionDate, "decisionDate");
        return values.stream()
                .filter(v -> v.inForceOn(decisionDate))
                .findFirst()
                .orElseThrow(() -> new PolicyInputException("decisionDate",
                        "no value of " + name + " is in force on " + decisionDate));
    }
}
