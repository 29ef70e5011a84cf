package cn.beijing.platform.policy;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The version of a parameter in force on a decision date.
 *
 * @param name      the parameter file's name without extension, e.g. {@code energy-grade-multipliers}
 * @param validFrom first day of the version
 * @param value     the typed value
 */
public record InForce<T>(String name, LocalDate validFrom, T value) {

    public InForce {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(value, "value");
    }

    /** {@code name@valid_from}, as written into {@link Basis#parameters()}. */
    public String version() {
        return name + "@" + validFrom;
    }
}
