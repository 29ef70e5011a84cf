package cn.beijing.platform.medical.drg;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.beijing.platform.common.imports.Cells;
import cn.beijing.platform.common.imports.CsvImport;
import cn.beijing.platform.common.imports.ImportErrors;
import cn.beijing.platform.common.input.InputRules;
import cn.beijing.platform.medical.policy.drg.HistoricalCases;

/**
 * Reads historical cases for the weight computation with the platform's CSV parser ({@link CsvImport#lines}): a
 * header {@code group_code,cost} (either order), then one case per record, cost in yuan (not negative, below 10^12,
 * at most 2 decimals). Blank lines and {@code #} comments are skipped; quoted cells are read as RFC 4180 says. Made
 * for millions of records: no per-record objects beyond the cells; group-code strings are shared.
 */
final class HistoricalCaseCsv {

    private HistoricalCaseCsv() {
    }

    static HistoricalCases read(String body, ImportErrors errors) {
        if (body == null || body.isBlank()) {
            errors.add("body", "is empty: a header group_code,cost and at least one case are expected");
            return null;
        }
        Cases cases = new Cases(errors);
        CsvImport.lines(body, errors, cases);
        if (cases.groupColumn < 0) {
            if (errors.isEmpty()) {
                errors.add("body", "has no header line");
            }
            return null;
        }
        if (cases.rows == 0 && errors.isEmpty()) {
            errors.add("body", "has a header but no cases");
        }
        return errors.isEmpty() ? cases.builder.build() : null;
    }

    private static final class Cases implements CsvImport.LineHandler {

        private final ImportErrors errors;
        private final HistoricalCases.Builder builder = HistoricalCases.builder();
        private final Map<String, String> codes = new HashMap<>();
        private int groupColumn = -1;
        private int costColumn = -1;
        private int rows;

        Cases(ImportErrors errors) {
            this.errors = errors;
        }

        @Override
        public boolean accept(CsvImport.Line line) {
            List<String> cells = line.cells();
            if (cells == null) {
                return true;
            }
            String at = "line " + line.number();
            if (groupColumn < 0) {
                if (cells.size() == 2 && name(cells.get(0)).equals("group_code") && name(cells.get(1)).equals("cost")) {
                    groupColumn = 0;
                    costColumn = 1;
                } else if (cells.size() == 2 && name(cells.get(0)).equals("cost")
                        && name(cells.get(1)).equals("group_code")) {
                    groupColumn = 1;
                    costColumn = 0;
                } else {
                    errors.add(at, "the header must be group_code,cost");
                    return false;
                }
                return true;
            }
            if (cells.size() != 2) {
                errors.add(at, "2 cells expected (group_code,cost)");
                return true;
            }
            String group = cells.get(groupColumn);
            if (group.isEmpty()) {
                errors.add(at + ".group_code", "is required");
                return true;
            }
            var groupProblem = InputRules.text(group, false, Cells.MAX_CODE);
            if (groupProblem.isPresent()) {
                errors.add(at + ".group_code", groupProblem.get());
                return true;
            }
            InputRules.Parsed<BigDecimal> cost = InputRules.parseDecimal(cells.get(costColumn));
            if (!cost.ok()) {
                errors.add(at + ".cost", cost.problem());
                return true;
            }
            BigDecimal yuan = cost.value();
            if (yuan.signum() < 0) {
                errors.add(at + ".cost", "must not be negative");
                return true;
            }
            if (Math.max(0, yuan.stripTrailingZeros().scale()) > 2) {
                errors.add(at + ".cost", "has more than 2 decimals");
                return true;
            }
            builder.addFen(codes.computeIfAbsent(group, g -> g), yuan.movePointRight(2).longValueExact());
            rows++;
            return true;
        }

        private static String name(String cell) {
            return cell.strip().toLowerCase(Locale.ROOT);
        }
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
