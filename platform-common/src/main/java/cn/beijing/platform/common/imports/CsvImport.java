package cn.beijing.platform.common.imports;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an uploaded CSV with a real CSV parser (Apache Commons CSV, RFC 4180): UTF-8 text, one header line naming
 * the columns (any order; unknown columns refused), blank lines and lines starting with {@code #} ignored (a comment
 * containing {@code SAMPLE} marks the file as sample data), double-quoted cells may hold commas, quotes ({@code ""})
 * and line breaks. Every cell keeps the platform's text rule ({@link Cells#textRule}). Every problem is recorded with
 * the physical line number (1-based) where its record starts, and the column; nothing is thrown here.
 */
public final class CsvImport {

    /** The records of a CSV body as cells keyed by column: one per line of the file. */
    public static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setCommentMarker('#')
            .setIgnoreEmptyLines(true)
            .setIgnoreSurroundingSpaces(true)
            .get();

    /** The rows that could be split into cells, and whether a comment marked the file as SAMPLE data. */
    public record Document(List<ImportRow> rows, boolean sampleMarked) {
    }

    /** One record of a CSV body: the physical line it starts on, its cells, the comment lines before it. */
    public record Line(long number, List<String> cells, String comment) {
    }

    private CsvImport() {
    }

    public static Document read(String body, List<String> columns, Set<String> requiredColumns, ImportErrors errors) {
        if (body == null || body.isBlank()) {
            errors.add("body", "is empty: a header line and at least one row are expected");
            return new Document(List.of(), false);
        }
        Rows rows = new Rows(columns, requiredColumns, errors);
        lines(body, errors, rows);
        if (rows.header == null && !rows.refusedHeader && errors.isEmpty()) {
            errors.add("body", "has no header line");
        } else if (rows.header != null && rows.rows.isEmpty() && errors.isEmpty()) {
            errors.add("body", "has a header but no rows");
        }
        return new Document(rows.rows, rows.sample);
    }

    /** The header, then the rows of an import. */
    private static final class Rows implements LineHandler {

        private final List<String> columns;
        private final Set<String> requiredColumns;
        private final ImportErrors errors;
        private final List<ImportRow> rows = new ArrayList<>();
        private List<String> header;
        private boolean refusedHeader;
        private boolean sample;

        Rows(List<String> columns, Set<String> requiredColumns, ImportErrors errors) {
            this.columns = columns;
            this.requiredColumns = requiredColumns;
            this.errors = errors;
        }

        @Override
        public boolean accept(Line line) {
            if (line.comment() != null && line.comment().toUpperCase(Locale.ROOT).contains("SAMPLE")) {
                sample = true;
            }
            if (line.cells() == null) {
                return true;
            }
            if (header == null) {
                header = header(line.cells(), columns, requiredColumns, line.number(), errors);
                refusedHeader = header == null;
                return !refusedHeader;
            }
            if (line.cells().size() != header.size()) {
                errors.add("line " + line.number(), header.size() + " cells expected (" + String.join(",", header)
                        + "), found " + line.cells().size());
                return true;
            }
            Map<String, String> values = new HashMap<>();
            for (int c = 0; c < header.size(); c++) {
                values.put(header.get(c), line.cells().get(c));
            }
            ImportRow row = new ImportRow("line " + line.number(), true, values);
            if (Cells.textRule(row, errors)) {
                rows.add(row);
            }
            return true;
        }
    }

    /** Receives the records of a body one by one; {@code false} stops the reading. */
    @FunctionalInterface
    public interface LineHandler {
        boolean accept(Line line);
    }

    /**
     * Streams the records of a body (a leading BOM skipped). A record the parser cannot read (an unterminated quote, a
     * character after a closing quote) is reported as {@code line N} and ends the reading; comments after the last
     * record reach the handler as a line without cells.
     */
    public static void lines(String body, ImportErrors errors, LineHandler handler) {
        String text = body.startsWith("\uFEFF") ? body.substring(1) : body;
        try (CSVParser parser = FORMAT.parse(new StringReader(text))) {
            for (CSVRecord record : parser) {
                List<String> cells = Arrays.asList(record.values());
                // the parser stands on the record's last line; quoted line breaks move its first line up
                long number = parser.getCurrentLineNumber() - lineBreaks(cells);
                if (!handler.accept(new Line(number, cells, record.getComment()))) {
                    return;
                }
            }
            if (parser.getTrailerComment() != null) {
                handler.accept(new Line(parser.getCurrentLineNumber(), null, parser.getTrailerComment()));
            }
        } catch (UncheckedIOException e) {
            Matcher at = FAILED_LINE.matcher(String.valueOf(e.getMessage()));
            errors.add("line " + (at.find() ? at.group(1) : "1"),
                    "cannot be read as CSV (an unterminated double quote, or text after a closing quote)");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final Pattern FAILED_LINE = Pattern.compile("line:?\\s*(\\d+)");

    private static long lineBreaks(List<String> cells) {
        long breaks = 0;
        for (String cell : cells) {
            for (int i = 0; i < cell.length(); i++) {
                char c = cell.charAt(i);
                if (c == '\n' || (c == '\r' && (i + 1 >= cell.length() || cell.charAt(i + 1) != '\n'))) {
                    breaks++;
                }
            }
        }
        return breaks;
    }

    private static List<String> header(List<String> cells, List<String> columns, Set<String> required, long lineNumber,
                                       ImportErrors errors) {
        List<String> header = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        boolean ok = true;
        for (String cell : cells) {
            String name = cell.strip().toLowerCase(Locale.ROOT);
            if (!columns.contains(name)) {
                errors.add("line " + lineNumber, "unknown column (known: " + String.join(",", columns) + ")");
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
}
