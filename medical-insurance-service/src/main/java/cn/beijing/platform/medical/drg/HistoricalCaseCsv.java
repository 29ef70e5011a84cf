package cn.beijing.platform.medical.drg;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.beijing.platform.medical.imports.ImportErrors;
import cn.beijing.platform.medical.policy.HistoricalCases;

/**
 * Reads historical cases for the weight computation: a header {@code group_code,cost} (either order), then one case
 * per line, cost in yuan (not negative, at most 2 decimals). Blank lines and {@code #} comments are skipped. Made for
 * millions of lines: no per-line objects beyond the cells; group-code strings are shared.
 */
final class HistoricalCaseCsv {

    private HistoricalCaseCsv() {
    }

    static HistoricalCases read(String body, ImportErrors errors) {
        HistoricalCases.Builder cases = HistoricalCases.builder();
        if (body == null || body.isBlank()) {
            errors.add("body", "is empty: a header group_code,cost and at least one case are expected");
            return null;
        }
        Map<String, String> codes = new HashMap<>();
        int groupColumn = -1;
        int costColumn = -1;
        int lineNumber = 0;
        int rows = 0;
        int start = body.startsWith("\uFEFF") ? 1 : 0;
        int length = body.length();
        while (start <= length) {
            int end = body.indexOf('\n', start);
            if (end < 0) {
                end = length;
            }
            lineNumber++;
            String line = body.substring(start, end > start && body.charAt(end - 1) == '\r' ? end - 1 : end);
            start = end + 1;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int comma = line.indexOf(',');
            if (groupColumn < 0) {
                String[] header = line.toLowerCase(Locale.ROOT).split(",", -1);
                if (header.length == 2 && header[0].strip().equals("group_code") && header[1].strip().equals("cost")) {
                    groupColumn = 0;
                    costColumn = 1;
                } else if (header.length == 2 && header[0].strip().equals("cost")
                        && header[1].strip().equals("group_code")) {
                    groupColumn = 1;
                    costColumn = 0;
                } else {
                    errors.add("line " + lineNumber, "the header must be group_code,cost");
                    return null;
                }
                continue;
            }
            if (comma < 0 || line.indexOf(',', comma + 1) >= 0) {
                errors.add("line " + lineNumber, "2 cells expected (group_code,cost)");
                continue;
            }
            String[] cells = {line.substring(0, comma).strip(), line.substring(comma + 1).strip()};
            String group = cells[groupColumn];
            String cost = cells[costColumn];
            if (group.isEmpty()) {
                errors.add("line " + lineNumber + ".group_code", "is required");
                continue;
            }
            long fen;
            try {
                BigDecimal yuan = new BigDecimal(cost);
                if (yuan.signum() < 0) {
                    errors.add("line " + lineNumber + ".cost", "must not be negative");
                    continue;
                }
                if (Math.max(0, yuan.stripTrailingZeros().scale()) > 2) {
                    errors.add("line " + lineNumber + ".cost", "has more than 2 decimals");
                    continue;
                }
                fen = yuan.movePointRight(2).longValueExact();
            } catch (NumberFormatException | ArithmeticException e) {
                errors.add("line " + lineNumber + ".cost", "must be a number of yuan");
                continue;
            }
            cases.addFen(codes.computeIfAbsent(group, g -> g), fen);
            rows++;
        }
        if (groupColumn < 0) {
            errors.add("body", "has no header line");
            return null;
        }
        if (rows == 0 && errors.isEmpty()) {
            errors.add("body", "has a header but no cases");
        }
        return errors.isEmpty() ? cases.build() : null;
    }

    /** Stored cases (group code, cost in fen) as the policy's input. */
    static HistoricalCases of(List<String> groupCodes, List<Long> fen) {
        long[] costs = new long[fen.size()];
        for (int i = 0; i < costs.length; i++) {
            costs[i] = fen.get(i);
        }
        return HistoricalCases.ofFen(groupCodes.toArray(String[]::new), costs);
    }
}
