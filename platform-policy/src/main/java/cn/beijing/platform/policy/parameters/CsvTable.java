package cn.beijing.platform.policy.parameters;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A CSV table (RFC 4180 quoting, a leading byte-order mark ignored, blank lines skipped) whose first row is its
 * header. Used for tables too long for a parameter file (e.g. the indicator catalogue), named from the file's value.
 */
public record CsvTable(String file, List<String> header, List<Map<String, String>> rows) {

    public CsvTable {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    /**
     * @param expectedHeader the columns, in order; another header is refused
     * @throws ParameterFileException naming the line of a row with another number of fields or a blank field
     */
    public static CsvTable parse(String file, String text, List<String> expectedHeader) {
        List<List<String>> records = records(file, text.startsWith("\uFEFF") ? text.substring(1) : text);
        if (records.isEmpty() || !records.get(0).equals(expectedHeader)) {
            throw new ParameterFileException(file, "header must be " + String.join(",", expectedHeader));
        }
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            List<String> record = records.get(i);
            int line = i + 1;
            if (record.size() == 1 && record.get(0).isBlank()) {
                continue;
            }
            if (record.size() != expectedHeader.size()) {
                throw new ParameterFileException(file, "line " + line + ": " + record.size() + " fields, expected "
                        + expectedHeader.size());
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (int c = 0; c < record.size(); c++) {
                if (record.get(c).isBlank()) {
                    throw new ParameterFileException(file, "line " + line + ": blank " + expectedHeader.get(c));
                }
                row.put(expectedHeader.get(c), record.get(c).trim());
            }
            rows.add(row);
        }
        return new CsvTable(file, expectedHeader, rows);
    }

    /** A failure on the row at {@code index} (0-based), named by its line in the file. */
    public ParameterFileException fail(int index, String message) {
        return new ParameterFileException(file, "line " + (index + 2) + ": " + message);
    }

    private static List<List<String>> records(String file, String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch != '"') {
                    field.append(ch);
                } else if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else {
                    quoted = false;
                }
            } else if (ch == '"' && field.length() == 0) {
                quoted = true;
            } else if (ch == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (ch == '\n' || ch == '\r') {
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else {
                field.append(ch);
            }
        }
        if (quoted) {
            throw new ParameterFileException(file, "unterminated quoted field");
        }
        if (field.length() > 0 || !record.isEmpty()) {
            record.add(field.toString());
            records.add(record);
        }
        return records;
    }
}
