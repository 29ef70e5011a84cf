package cn.beijing.platform.common.imports;

import java.util.Map;

/**
 * One row of an import, read from a CSV line ({@code label = "line 7"}) or a JSON array element
 * ({@code label = "rows[3]"}). Cells are keyed by CSV column name; {@link #field} names a cell the way the client
 * wrote it (the CSV column, or the camelCase JSON property), prefixed with the row's label.
 */
public record ImportRow(String label, boolean csv, Map<String, String> cells) {

    public ImportRow {
        cells = Map.copyOf(cells);
    }

    /** The stripped cell, or null when absent or blank. */
    public String text(String column) {
        String value = cells.get(column);
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String field(String column) {
        return label + "." + (csv ? column : camelCase(column));
    }

    static String camelCase(String column) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : column.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : Character.toLowerCase(c));
                upper = false;
            }
        }
        return out.toString();
    }
}
