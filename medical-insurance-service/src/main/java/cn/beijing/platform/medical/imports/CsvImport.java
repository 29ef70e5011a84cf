package cn.beijing.platform.medical.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads an uploaded CSV: UTF-8 text, one header line naming the columns (any order; unknown columns refused),
 * blank lines and lines starting with {@code #} ignored (a comment containing {@code SAMPLE} marks the file as sample
 * data), comma-separated cells, RFC 4180 double quotes for cells containing commas (a quoted cell may not span lines).
 * Every problem is recorded with its physical line number (1-based); nothing is thrown here.
 */
public final class CsvImport {

    /** The rows that could be split into cells, and whether a comment marked the file as SAMPLE data. */
    public record Document(List<ImportRow> rows, boolean sampleMarked) {
    }

    private CsvImport() {
    }

    public static Document read(String body, List<String> columns, Set<String> requiredColumns, ImportErrors errors) {
        List<ImportRow> rows = new ArrayList<>();
        boolean sample = false;
        if (body == null || body.isBlank()) {
            errors.add("body", "is empty: a header line and at least one row are expected");
            return new Document(rows, false);
        }
        String text = body.startsWith("\uFEFF") ? body.substring(1) : body;
        String[] lines = text.split("\r\n|\n|\r", -1);
        List<String> header = null;
        for (int i = 0; i < lines.length; i++) {
            int lineNumber = i + 1;
            String line = lines[i];
            if (line.isBlank()) {
                continue;
            }
            if (line.startsWith("#")) {
                sample |= line.toUpperCase(Locale.ROOT).contains("SAMPLE");
                continue;
            }
            List<String> cells = split(line);
            if (cells == null) {
                errors.add("line " + lineNumber, "has an unterminated double quote");
                if (header == null) {
                    return new Document(rows, sample);
                }
                continue;
            }
            if (header == null) {
                header = header(cells, columns, requiredColumns, lineNumber, errors);
                if (header == null) {
                    return new Document(rows, sample);
                }
                continue;
            }
            if (cells.size() != header.size()) {
                errors.add("line " + lineNumber, header.size() + " cells expected (" + String.join(",", header)
                        + "), found " + cells.size());
                continue;
            }
            Map<String, String> values = new HashMap<>();
            for (int c = 0; c < header.size(); c++) {
                values.put(header.get(c), cells.get(c));
            }
            rows.add(new ImportRow("line " + lineNumber, true, values));
        }
        if (header == null) {
            errors.add("body", "has no header line");
        } else if (rows.isEmpty() && errors.isEmpty()) {
            errors.add("body", "has a header but no rows");
        }
        return new Document(rows, sample);
    }

    private static List<String> header(List<String> cells, List<String> columns, Set<String> required, int lineNumber,
                                       ImportErrors errors) {
        List<String> header = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        boolean ok = true;
        for (String cell : cells) {
            String name = cell.strip().toLowerCase(Locale.ROOT);
            if (!columns.contains(name)) {
                errors.add("line " + lineNumber, "unknown column '" + name + "' (known: " + String.join(",", columns) + ")");
                ok = false;
            } else if (!seen.add(name)) {
                errors.add("line " + lineNumber, "column '" + name + "' appears twice");
                ok = false;
            }
            header.add(name);
        }
        for (String column : required) {
            if (!seen.contains(column)) {
                errors.add("line " + lineNumber, "required column '" + column + "' is missing");
                ok = false;
            }
        }
        return ok ? header : null;
    }

    /** The cells of one line, or null when a quote is not closed. */
    static List<String> split(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && cell.toString().isBlank() && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
                cell.setLength(0);
            } else if (c == ',') {
                cells.add(wasQuoted ? cell.toString() : cell.toString().strip());
                cell.setLength(0);
                wasQuoted = false;
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            return null;
        }
        cells.add(wasQuoted ? cell.toString() : cell.toString().strip());
        return cells;
    }
}
