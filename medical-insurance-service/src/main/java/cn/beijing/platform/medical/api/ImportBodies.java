package cn.beijing.platform.medical.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import cn.beijing.platform.common.imports.Cells;
import cn.beijing.platform.common.imports.ImportRequest;
import cn.beijing.platform.common.imports.CsvImport;
import cn.beijing.platform.common.imports.ImportErrors;
import cn.beijing.platform.common.imports.ImportRow;
import cn.beijing.platform.medical.policy.drg.DesignatedEmployeePayment;
import cn.beijing.platform.medical.policy.drug.HerbalExclusion;
import cn.beijing.platform.medical.policy.drg.HospitalLevel;
import cn.beijing.platform.medical.policy.drug.DrugCataloguePart;

/**
 * Import bodies: {@code text/csv} (header + rows; a {@code # SAMPLE} comment marks sample data) or JSON
 * {@code {"rows": [...], "source": "...", "sample": false, "replace": false}} with the same columns in camelCase.
 * Both become {@link ImportRow}s checked by the same code, errors naming {@code line N.column} or
 * {@code rows[i].property}.
 */
final class ImportBodies {

    static final int MAX_ROWS = 200_000;

    private ImportBodies() {
    }

    /** A CSV upload with its query parameters (also the idempotency fingerprint). */
    record CsvUpload(String csv, String source, boolean sample, boolean replace) {
    }

    static ImportRequest fromCsv(CsvUpload upload, List<String> columns, Set<String> required) {
        ImportErrors errors = new ImportErrors();
        CsvImport.Document document = CsvImport.read(upload.csv(), columns, required, errors);
        if (document.rows().size() > MAX_ROWS) {
            errors.add("body", "at most " + MAX_ROWS + " rows per import");
            errors.throwIfAny();
        }
        if (document.rows().isEmpty()) {
            errors.throwIfAny();
        }
        return new ImportRequest(document.rows(), upload.source() == null ? "csv upload" : upload.source(),
                upload.sample() || document.sampleMarked(), upload.replace(), errors.listed());
    }

    static ImportRequest fromJson(List<? extends JsonRow> rows, String source, Boolean sample, Boolean replace) {
        ImportErrors errors = new ImportErrors();
        List<ImportRow> importRows = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            ImportRow row = new ImportRow("rows[" + i + "]", false, rows.get(i).cells());
            if (Cells.textRule(row, errors)) {
                importRows.add(row);
            }
        }
        if (importRows.isEmpty()) {
            errors.throwIfAny();
        }
        return new ImportRequest(importRows, source == null ? "json upload" : source, Boolean.TRUE.equals(sample),
                Boolean.TRUE.equals(replace), errors.listed());
    }

    /** A JSON row: its cells keyed by CSV column. */
    interface JsonRow {
        Map<String, String> cells();
    }

    static Map<String, String> cells(Object... columnsAndValues) {
        Map<String, String> cells = new HashMap<>();
        for (int i = 0; i < columnsAndValues.length; i += 2) {
            Object value = columnsAndValues[i + 1];
            if (value != null) {
                cells.put((String) columnsAndValues[i], value instanceof BigDecimal d ? d.toPlainString()
                        : value instanceof Enum<?> e ? e.name() : value.toString());
            }
        }
        return cells;
    }

    record DrugRow(String code, String name, DrugCataloguePart part, String categoryCode, BigDecimal paymentStandard,
                   LocalDate standardValidFrom, LocalDate standardValidTo, Boolean droppedAfterFailedRenewal,
                   HerbalExclusion herbalExclusion) implements JsonRow {
        public Map<String, String> cells() {
            return ImportBodies.cells("code", code, "name", name, "part", part, "category_code", categoryCode,
                    "payment_standard", paymentStandard, "standard_valid_from", standardValidFrom,
                    "standard_valid_to", standardValidTo, "dropped_after_failed_renewal", droppedAfterFailedRenewal,
                    "herbal_exclusion", herbalExclusion);
        }
    }

    record DrugCatalogueImport(@NotEmpty @Size(max = MAX_ROWS) List<@NotNull DrugRow> rows, String source,
                               Boolean sample, Boolean replace) {
    }

    record PriceItemRow(String code, String name, String unit, BigDecimal price, String insuranceClasses,
                        LocalDate validFrom, LocalDate validTo) implements JsonRow {
        public Map<String, String> cells() {
            return ImportBodies.cells("code", code, "name", name, "unit", unit, "price", price, "insurance_classes",
                    insuranceClasses, "valid_from", validFrom, "valid_to", validTo);
        }
    }

    record PriceItemImport(@NotEmpty @Size(max = MAX_ROWS) List<@NotNull PriceItemRow> rows, String source,
                           Boolean sample, Boolean replace) {
    }

    record GroupRow(String code, String name, BigDecimal weight, DesignatedEmployeePayment designatedEmployeePayment,
                    Boolean keptConsumablesProcurementGroup, BigDecimal previousStandard) implements JsonRow {
        public Map<String, String> cells() {
            return ImportBodies.cells("code", code, "name", name, "weight", weight, "designated_employee_payment",
                    designatedEmployeePayment, "kept_consumables_procurement_group", keptConsumablesProcurementGroup,
                    "previous_standard", previousStandard);
        }
    }

    record GroupTableImport(@NotEmpty @Size(max = 10_000) List<@NotNull GroupRow> rows, String source,
                            Boolean sample) {
    }

    record HospitalRow(String hospitalCode, String name, Boolean designated, Boolean infectiousDiseaseSpecialty,
                       HospitalLevel level) implements JsonRow {
        public Map<String, String> cells() {
            return ImportBodies.cells("hospital_code", hospitalCode, "name", name, "designated", designated,
                    "infectious_disease_specialty", infectiousDiseaseSpecialty, "level", level);
        }
    }

    record HospitalListImport(@NotEmpty @Size(max = 10_000) List<@NotNull HospitalRow> rows, String source,
                              Boolean sample) {
    }
}
