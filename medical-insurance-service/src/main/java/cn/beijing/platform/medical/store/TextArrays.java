package cn.beijing.platform.medical.store;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.r2dbc.core.DatabaseClient;

/**
 * Column arrays for one multi-row statement ({@code insert ... select ... from unnest(cast(:col as text[]), ...)}):
 * one round trip writes thousands of rows. Every value travels as text and is cast in SQL; null stays null.
 */
final class TextArrays {

    private final Map<String, String[]> columns = new LinkedHashMap<>();
    private final int size;

    TextArrays(int size, String... names) {
        this.size = size;
        for (String name : names) {
            columns.put(name, new String[size]);
        }
    }

    int size() {
        return size;
    }

    void set(String column, int row, Object value) {
        String[] values = columns.get(column);
        if (values == null) {
            throw new IllegalArgumentException("no column " + column);
        }
        values[row] = value == null ? null
                : value instanceof BigDecimal d ? d.toPlainString()
                : value instanceof Enum<?> e ? e.name()
                : value.toString();
    }

    DatabaseClient.GenericExecuteSpec bind(DatabaseClient.GenericExecuteSpec spec) {
        for (Map.Entry<String, String[]> column : columns.entrySet()) {
            spec = spec.bind(column.getKey(), column.getValue());
        }
        return spec;
    }
}
