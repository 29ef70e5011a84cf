package cn.beijing.platform.guardianship.parameters;

import cn.beijing.platform.guardianship.policy.AssessmentPoint;
import cn.beijing.platform.guardianship.policy.IndicatorCatalogue;
import cn.beijing.platform.guardianship.policy.IndicatorRisk;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads {@code guardianship-indicators.csv} (附件 of 京民儿福发〔2024〕103号): header
 * {@code code,level1,level2,level3,point,risk}, one assessment point per row, risk low/medium/high. RFC 4180 quoting
 * is accepted. Blank fields, duplicate codes, unknown risks and a row count other than the manifest's are rejected.
 */
public final class IndicatorCatalogueReader {

    static final List<String> HEADER = List.of("code", "level1", "level2", "level3", "point", "risk");

    private IndicatorCatalogueReader() {
    }

    public static IndicatorCatalogue parse(String fileName, String csvText, int expectedPoints) {
        String text = csvText.startsWith("\uFEFF") ? csvText.substring(1) : csvText;
        List<List<String>> rows = records(fileName, text);
        if (rows.isEmpty() || !rows.get(0).equals(HEADER)) {
            throw new ParameterFileException(fileName, "header must be " + String.join(",", HEADER));
        }
        List<AssessmentPoint> points = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (int i = 1; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            int line = i + 1;
            if (row.size() == 1 && row.get(0).isBlank()) {
                continue;
            }
            if (row.size() != HEADER.size()) {
                throw new ParameterFileException(fileName, "line " + line + ": " + row.size() + " fields, expected " + HEADER.size());
            }
            for (int c = 0; c < row.size(); c++) {
                if (row.get(c).isBlank()) {
                    throw new ParameterFileException(fileName, "line " + line + ": blank " + HEADER.get(c));
                }
            }
            IndicatorRisk risk;
            try {
                risk = IndicatorRisk.fromCatalogue(row.get(5).trim());
            } catch (IllegalArgumentException e) {
                throw new ParameterFileException(fileName, "line " + line + ": " + e.getMessage());
            }
            String code = row.get(0).trim();
            if (!codes.add(code)) {
                throw new ParameterFileException(fileName, "line " + line + ": duplicate code " + code);
            }
            points.add(new AssessmentPoint(code, row.get(1).trim(), row.get(2).trim(), row.get(3).trim(),
                    row.get(4).trim(), risk));
        }
        if (points.size() != expectedPoints) {
            throw new ParameterFileException(fileName, points.size() + " assessment points, the manifest declares "
                    + expectedPoints);
        }
        return new IndicatorCatalogue(points);
    }

    private static List<List<String>> records(String fileName, String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int i = 0;
        while (i < text.length()) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(ch);
                }
            } else if (ch == '"' && field.length() == 0) {
                quoted = true;
            } else if (ch == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (ch == '\n' || ch == '\r') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else {
                field.append(ch);
            }
            i++;
        }
        if (quoted) {
            throw new ParameterFileException(fileName, "unterminated quoted field");
        }
        if (field.length() > 0 || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }
}
