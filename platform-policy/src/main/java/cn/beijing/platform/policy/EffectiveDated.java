package cn.beijing.platform.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The history of one parameter: versions keyed by the day they take effect. A version closes the day before the next
 * one starts; an explicit {@code validTo} (inclusive) is only for a real end with nothing after it (a gap), and may not
 * reach into the next version. Rules ask for the version in force on the decision date and cite it
 * ({@link InForce#version()}).
 */
public record EffectiveDated<T>(String name, List<Version<T>> versions) {

    /** One version; {@code validTo} is its last day when it ends without a successor, or {@code null}. */
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

    /** A parameter with a single open-ended version (tests, variants of a shipped value). */
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
        return Optional.of(implicitEnd == null || version.validTo().isBefore(implicitEnd) ? version.validTo()
                : implicitEnd);
    }

    /** The version in force on {@code date}, if any. */
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

    /** The version in force on {@code date}; a missing date or no version names {@code decisionDate}. */
    public InForce<T> on(LocalDate date) {
        return on(date, "decisionDate");
    }

    /** The version in force on {@code date}; a missing date or no version is an input error naming {@code field}. */
    public InForce<T> on(LocalDate date, String field) {
        Inputs.required(field, date);
        return find(date).orElseThrow(() -> new ParameterNotInForceException(field, name, date));
    }

    /**
     * The version in force on {@code date}, else the latest: for checks that always want the current rule (e.g. the
     * completeness of an imported reference table), never for a decision.
     */
    public InForce<T> onOrLatest(LocalDate date) {
        return find(date).orElseGet(() -> {
            Version<T> last = versions.get(versions.size() - 1);
            return new InForce<>(name, last.validFrom(), last.value());
        });
    }

    /** The value in force on {@code date} (errors name {@code decisionDate}). */
    public T valueOn(LocalDate date) {
        return on(date).value();
    }

    /**
     * The version whose own rule, applied to a subject (e.g. a rating year), yields a date inside that version's
     * window: for annual deadlines ("6月底前"), where the deadline rule in force on the deadline itself applies.
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
