package cn.beijing.platform.medical.policy.drg;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.beijing.platform.policy.parameters.ParameterFileException;


/**
 * Reads the DRG 2.0 reference data that the gazette does not print (附件1-3) from CSV: the group table
 * ({@code code,name,weight,designated_employee_payment,kept_consumables_procurement_group,previous_standard}) and the
 * designated-hospital list ({@code hospital_code,name}). UTF-8, one header line, lines starting with {@code #} are
 * comments, no quoted commas. The repo ships only clearly labelled SAMPLE files; the service imports the official
 * tables over its API.
 */
public final class DrgReferenceDataCsv {

    public static final String SAMPLE_GROUPS = "policy/sample/drg-groups.SAMPLE.csv";
    public static final String SAMPLE_HOSPITALS = "policy/sample/drg-designated-hospitals.SAMPLE.csv";

    private static final List<String> GROUP_HEADER = List.of("code", "name", "weight", "designated_employee_payment",
            "kept_consumables_procurement_group", "previous_standard");
    private static final List<String> HOSPITAL_HEADER = List.of("hospital_code", "name");

    private DrgReferenceDataCsv() {
    }

    public static DrgGroupTable sampleGroupTable() {
        return groupTable(SAMPLE_GROUPS, true, resource(SAMPLE_GROUPS));
    }

    public static DesignatedHospitals sampleDesignatedHospitals() {
        return designatedHospitals(SAMPLE_HOSPITALS, true, resource(SAMPLE_HOSPITALS));
    }

    public static DrgGroupTable groupTable(String source, boolean sample, InputStream in) {
        Map<String, DrgGroup> groups = new LinkedHashMap<>();
        for (Row row : rows(source, in, GROUP_HEADER)) {
            String[] c = row.cells();
            try {
                DrgGroup group = new DrgGroup(c[0], c[1], c[2].isEmpty() ? null : new BigDecimal(c[2]),
                        DesignatedEmployeePayment.valueOf(c[3]), bool(c[4]),
                        c[5].isEmpty() ? null : new BigDecimal(c[5]));
                if (groups.put(group.code(), group) != null) {
                    throw new IllegalArgumentException("duplicate group " + group.code());
                }
            } catch (IllegalArgumentException e) {
                throw new ParameterFileException(source, "line " + row.line() + ": " + e.getMessage(), e);
            }
        }
        return new DrgGroupTable(source, sample, groups);
    }

    public static DesignatedHospitals designatedHospitals(String source, boolean sample, InputStream in) {
        Set<String> codes = new LinkedHashSet<>();
        for (Row row : rows(source, in, HOSPITAL_HEADER)) {
            if (row.cells()[0].isEmpty() || !codes.add(row.cells()[0])) {
                throw new ParameterFileException(source, "line " + row.line() + ": empty or duplicate hospital code");
            }
        }
        return new DesignatedHospitals(source, sample, codes);
    }

    private static boolean bool(String cell) {
        if (cell.equals("true")) {
            return true;
        }
        if (cell.equals("false")) {
            return false;
        }
        throw new IllegalArgumentException("expected true or false, was '" + cell + "'");
    }

    private record Row(int line, String[] cells) {
    }

    private static List<Row> rows(String source, InputStream in, List<String> header) {
        if (in == null) {
            throw new ParameterFileException(source, "not found");
        }
        List<Row> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String text;
            int line = 0;
            boolean headerSeen = false;
            while ((text = reader.readLine()) != null) {
                line++;
                if (text.isBlank() || text.startsWith("#")) {
                    continue;
                }
                String[] cells = text.split(",", -1);
                for (int i = 0; i < cells.length; i++) {
                    cells[i] = cells[i].strip();
                }
                if (!headerSeen) {
                    if (!List.of(cells).equals(header)) {
                        throw new ParameterFileException(source, "header must be " + String.join(",", header));
                    }
                    headerSeen = true;
                    continue;
                }
                if (cells.length != header.size()) {
                    throw new ParameterFileException(source, "line " + line + ": " + header.size() + " cells expected");
                }
                rows.add(new Row(line, cells));
            }
            if (!headerSeen) {
                throw new ParameterFileException(source, "empty");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    private static InputStream resource(String path) {
        return DrgReferenceDataCsv.class.getClassLoader().getResourceAsStream(path);
    }
}
