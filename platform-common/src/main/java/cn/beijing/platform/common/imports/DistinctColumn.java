package cn.beijing.platform.common.imports;

import java.util.HashMap;
import java.util.Map;

/**
 * A column whose value must differ from row to row (a code, a herbal piece's name): a value met again is refused
 * against that column, naming the row where it stood first.
 */
public final class DistinctColumn {

    private final ImportErrors errors;
    private final String column;
    private final String refusal;
    private final Map<String, String> firstAt = new HashMap<>();

    /** Refuses a repeated value with "duplicate of <row>". */
    public DistinctColumn(ImportErrors errors, String column) {
        this(errors, column, "duplicate of ");
    }

    /** @param refusal the message before the row of the first occurrence, e.g. {@code "already listed at "} */
    public DistinctColumn(ImportErrors errors, String column, String refusal) {
        this.errors = errors;
        this.column = column;
        this.refusal = refusal;
    }

    /** Refuses {@code value} of {@code row} when an earlier row had it; a null value (missing) is not compared. */
    public void check(ImportRow row, String value) {
        if (value != null) {
            String first = firstAt.putIfAbsent(value, row.label());
            if (first != null) {
                errors.add(row.field(column), refusal + first);
            }
        }
    }
}
