package cn.beijing.platform.energy.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The history of one parameter: versions keyed by the day they take effect. A version ends on its
 * {@code validTo} (inclusive) when given, otherwise the day before the next version starts, otherwise never.
 * Overlapping explicit windows are rejected. Rules ask for the version in force on the decision date.
 */
public record EffectiveDated<T>(String name, List<Version<T>> versions) {

    /** One version; {@code validTo} is the last day in force, or {@code null} when open-ended. */
    public record Version<T>(LocalDate validFrom, LocalDate validTo, T value) {
        public Version {
            Objects.requireNonNull(validFrom, "validFrom");
            Objects.requireNonNull(value, "value");
            if (validTo != null && validTo.isBefore(validFrom)) {
                throw new IllegalArgumentException("valid_to " + validTo + " is before valid_from " + validFrom);
            }
        }
    }

    public EffectiveDated {
        Objects.requireNonNull(name, "name");
        if (versions == null || versions.isEmpty()) {
            throw new IllegalArgumentException(name + ": at least one version is required");
        }
        List<Version<T>> sorted = new ArrayList<>(versions);
        sorted.sort(Comparator.comparing(Version::validFrom));
        for (int i = 1; i < sorted.size(); i++) {
            Version<T> previous = sorted.get(i - 1);
            Version<T> next = sorted.get(i);
            if (!next.validFrom().isAfter(previous.validFrom())) {
                throw new IllegalArgumentException(name + ": two versions start on " + next.validFrom());
            }
            if (previous.validTo() != null && !previous.validTo().isBefore(next.validFrom())) {
                throw new IllegalArgumentException(name + ": version from " + previous.validFrom()
                        + " (to " + previous.validTo() + ") overlaps version from " + next.validFrom());
            }
        }
        versions = List.copyOf(sorted);
    }

    /** A parameter with a single open-ended version (handy in tests). */
    public static <T> EffectiveDated<T> single(String name, LocalDate validFrom, T value) {
        return new EffectiveDated<>(name, List.of(new Version<>(validFrom, null, value)));
    }

    /** Last day version {@code i} is in force, or empty when open-ended. */
    public Optional<LocalDate> lastDayOf(int i) {
        Version<T> version = versions.get(i);
        LocalDate implicitEnd = i + 1 < versions.size() ? versions.get(i + 1).validFrom().minusDays(1) : null;
        if (version.validTo() == null) {
            return Optional.ofNullable(implicitEnd);
        }
        if (implicitEnd == null || version.validTo().isBefore(implicitEnd)) {
            return Optional.of(version.validTo());
        }
        return Optional.of(implicitEnd);
    }

    public Optional<InForce<T>> find(LocalDate date) {
        Objects.requireNonNull(date, "date");
        for (int i = versions.size() - 1; i >= 0; i--) {
            Version<T> version = versions.get(i);
            if (!date.isBefore(version.validFrom())) {
                Optional<LocalDate> end = lastDayOf(i);
                if (end.isPresent() && date.isAfter(end.get())) {
                    return Optional.empty();
                }
                return Optional.of(new InForce<>(name, version.validFrom(), version.value()));
            }
        }
        return Optional.empty();
    }

    /** The version in force on {@code date}; the error names {@code decisionDate}. */
    public InForce<T> on(LocalDate date) {
        return on(date, "decisionDate");
    }

    /** The version in force on {@code date}; the error names {@code field}. */
    public InForce<T> on(LocalDate date, String field) {
        return find(date).orElseThrow(() -> new ParameterNotInForceException(field, name, date));
    }

    /**
     * The version whose own rule, applied to a subject (e.g. a rating year), yields a date inside that
     * version's window: used for annual deadlines ("6月底前"), where the deadline rule in force on the
     * deadline itself applies.
     */
    public InForce<T> governing(Function<T, LocalDate> dateUnderVersion, String field) {
        for (int i = versions.size() - 1; i >= 0; i--) {
            Version<T> version = versions.get(i);
            LocalDate date = dateUnderVersion.apply(version.value());
            Optional<LocalDate> end = lastDayOf(i);
            if (!date.isBefore(version.validFrom()) && (end.isEmpty() || !date.isAfter(end.get()))) {
                return new InForce<>(name, version.validFrom(), version.value());
            }
        }
        throw new ParameterNotInForceException(field, name, dateUnderVersion.apply(versions.get(0).value()));
    }
}
