package cn.beijing.platform.subsidy.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * An effective-dated legal quantity as loaded from {@code policy/<name>.yaml}: the windows in which each
 * value is in force. A rule asks for the value on its decision date ({@link #on(LocalDate)}) and cites the
 * version it used ({@link #versionOn(LocalDate)}, e.g. {@code kindergarten-per-child-monthly-rate@2024-12-02}).
 *
 * @param name the file name without {@code .yaml}
 * @param unit one of the closed list of units (see the parameters loader)
 */
public record Parameter<T>(String name, String unit, String document, String article, List<Window<T>> windows) {

    /** One value and the dates it is in force, both inclusive; {@code validTo == null} is open-ended. */
    public record Window<T>(LocalDate validFrom, LocalDate validTo, T value) {

        public Window {
            Objects.requireNonNull(validFrom, "validFrom");
            Objects.requireNonNull(value, "value");
            if (validTo != null && validTo.isBefore(validFrom)) {
                throw new IllegalArgumentException("valid_to " + validTo + " is before valid_from " + validFrom);
            }
        }

        public boolean covers(LocalDate date) {
            return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
        }
    }

    public Parameter {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(article, "article");
        List<Window<T>> sorted = new ArrayList<>(windows);
        if (sorted.isEmpty()) {
            throw new IllegalArgumentException("parameter " + name + " has no values");
        }
        sorted.sort(Comparator.comparing(Window::validFrom));
        for (int i = 1; i < sorted.size(); i++) {
            Window<T> previous = sorted.get(i - 1);
            if (previous.validTo() == null || !previous.validTo().isBefore(sorted.get(i).validFrom())) {
                throw new IllegalArgumentException("parameter " + name + ": the window from " + previous.validFrom()
                        + " overlaps the window from " + sorted.get(i).validFrom());
            }
        }
        windows = List.copyOf(sorted);
    }

    /** A parameter with one open-ended value; for tests that need a variant of a shipped value. */
    public static <T> Parameter<T> constant(String name, String unit, String document, String article,
                                            LocalDate validFrom, T value) {
        return new Parameter<>(name, unit, document, article, List.of(new Window<>(validFrom, null, value)));
    }

    public Window<T> windowOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        for (Window<T> window : windows) {
            if (window.covers(date)) {
                return window;
            }
        }
        throw new ParameterNotInForceException(name, date);
    }

    public T on(LocalDate date) {
        return windowOn(date).value();
    }

    /** {@code name@valid_from} of the value in force on {@code date}, for {@code Basis.withParameters}. */
    public String versionOn(LocalDate date) {
        return name + "@" + windowOn(date).validFrom();
    }
}
