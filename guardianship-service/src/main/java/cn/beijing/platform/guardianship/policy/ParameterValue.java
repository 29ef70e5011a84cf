package cn.beijing.platform.guardianship.policy;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One value of a legal quantity and the window in which it is in force.
 *
 * @param name      the parameter file's name (e.g. {@code minor-interview-age})
 * @param validFrom first day in force
 * @param validTo   last day in force (inclusive), or {@code null} while open-ended
 */
public record ParameterValue<T>(String name, LocalDate validFrom, LocalDate validTo, T value) {

    public ParameterValue {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(value, "value");
        if (validTo != null && validTo.isBefore(validFrom)) {
            throw new IllegalArgumentException(name + ": valid_to " + validTo + " before valid_from " + validFrom);
        }
    }

    /** {@code name@valid_from}, as cited in {@code Basis.parameters}. */
    public String version() {
        return name + "@" + validFrom;
    }

    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
    }
}
