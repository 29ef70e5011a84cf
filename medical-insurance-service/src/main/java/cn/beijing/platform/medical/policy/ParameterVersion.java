package cn.beijing.platform.medical.policy;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One dated value of a parameter: in force from {@code validFrom} to {@code validTo} inclusive
 * ({@code validTo == null}: open-ended).
 */
public record ParameterVersion<T>(LocalDate validFrom, LocalDate validTo, T value) {

    public ParameterVersion {
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(value, "value");
        if (validTo != null && validTo.isBefore(validFrom)) {
            throw new IllegalArgumentException("valid_to " + validTo + " before valid_from " + validFrom);
        }
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
    }
}
