package cn.beijing.platform.medical.policy;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A parameter file: its name (the file name without {@code .yaml}), what it quantifies, its unit, the article it
 * comes from, and its history of dated values (ascending, not overlapping; checked by the loader and again here).
 */
public record EffectiveDated<T>(String name, String description, String unit, ParameterReference reference,
                                List<ParameterVersion<T>> versions) {

    public EffectiveDated {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(reference, "reference");
        versions = List.copyOf(versions);
        if (versions.isEmpty()) {
            throw new IllegalArgumentException(name + ": no values");
        }
        for (int i = 1; i < versions.size(); i++) {
            ParameterVersion<T> previous = versions.get(i - 1);
            ParameterVersion<T> next = versions.get(i);
            if (previous.validTo() == null || !previous.validTo().isBefore(next.validFrom())) {
                throw new IllegalArgumentException(name + ": window from " + previous.validFrom()
                        + " overlaps window from " + next.validFrom());
            }
        }
    }

    /** A parameter with one open-ended value (tests and reference data). */
    public static <T> EffectiveDated<T> single(String name, String unit, ParameterReference reference,
                                               LocalDate validFrom, T value) {
        return new EffectiveDated<>(name, name, unit, reference, List.of(new ParameterVersion<>(validFrom, null, value)));
    }

    public Optional<ParameterVersion<T>> versionOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return versions.stream().filter(v -> v.covers(date)).findFirst();
    }

    /**
     * The version in force on {@code date}; none in force is a refusal naming the input field that carried the date.
     */
    public ParameterVersion<T> requireOn(LocalDate date, String field) {
        if (date == null) {
            throw new PolicyInputException(field, "is required");
        }
        return versionOn(date).orElseThrow(() -> new PolicyInputException(field,
                date + " is outside every validity window of " + name + " (" + reference.document() + " "
                        + reference.article() + ")"));
    }

    /** {@code name@valid_from}, as cited in {@link cn.beijing.platform.common.basis.Basis#parameters()}. */
    public String citation(ParameterVersion<T> version) {
        return name + "@" + version.validFrom();
    }
}
