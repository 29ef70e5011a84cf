package cn.beijing.platform.common.imports;

import java.util.List;

import cn.beijing.platform.common.error.FieldError;

/**
 * Rows to import, from CSV or JSON, with where they came from. {@code sample}: the caller (or a {@code # SAMPLE}
 * comment) marks them as SAMPLE data. {@code replace}: rows absent from the import are removed. {@code readErrors}:
 * lines that could not be split into cells; they are reported together with the rows' own problems.
 */
public record ImportRequest(List<ImportRow> rows, String source, boolean sample, boolean replace,
                            List<FieldError> readErrors) {

    public ImportRequest {
        rows = List.copyOf(rows);
        readErrors = List.copyOf(readErrors);
    }
}
