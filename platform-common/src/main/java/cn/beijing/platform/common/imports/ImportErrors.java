package cn.beijing.platform.common.imports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.beijing.platform.common.error.FieldError;
import cn.beijing.platform.common.error.InvalidInputException;

/**
 * Collects every problem of an import before anything is written; {@link #throwIfAny()} answers 422 listing them
 * (each names its line or row and column). At most {@value #LIMIT} are listed, then a count of the rest.
 */
public final class ImportErrors {

    static final int LIMIT = 500;
    private static final Pattern POSITION = Pattern.compile("(?:line |rows\\[|cases\\[)(\\d+)");

    private final List<FieldError> errors = new ArrayList<>();
    private int total;

    public ImportErrors() {
    }

    /** Continues with the problems found while reading the rows (cell counts, quotes). */
    public ImportErrors(List<FieldError> readErrors) {
        readErrors.forEach(e -> add(e.field(), e.message()));
    }

    public List<FieldError> listed() {
        return List.copyOf(errors);
    }

    public void add(String field, String message) {
        total++;
        if (errors.size() < LIMIT) {
            errors.add(new FieldError(field, message));
        }
    }

    public boolean isEmpty() {
        return total == 0;
    }

    public int count() {
        return total;
    }

    private static long position(FieldError e) {
        Matcher m = POSITION.matcher(e.field());
        return m.lookingAt() ? Long.parseLong(m.group(1)) : -1;
    }

    /**
     * The values of the rows {@code read} finds no problem in: {@code read} reports a row's problems here and answers
     * how to build the row's value, which is built only when the row added none (a row missing a cell never is).
     */
    public <T> List<T> validRows(List<ImportRow> rows, Function<ImportRow, Supplier<T>> read) {
        List<T> valid = new ArrayList<>();
        for (ImportRow row : rows) {
            int before = total;
            Supplier<T> value = read.apply(row);
            if (total == before) {
                valid.add(value.get());
            }
        }
        return valid;
    }

    public void throwIfAny() {
        if (total == 0) {
            return;
        }
        List<FieldError> listed = new ArrayList<>(errors);
        // in line / row order (stable: a line's cells stay in column order)
        listed.sort(Comparator.comparingLong(ImportErrors::position));
        if (total > errors.size()) {
            listed.add(new FieldError("rows", (total - errors.size()) + " more invalid cells not listed"));
        }
        throw new InvalidInputException(listed);
    }
}
