package cn.beijing.platform.medical.catalogue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import cn.beijing.platform.common.imports.Cells;
import cn.beijing.platform.common.imports.DistinctColumn;
import cn.beijing.platform.common.imports.ImportErrors;
import cn.beijing.platform.common.imports.ImportRow;
import cn.beijing.platform.medical.policy.price.PriceItem;

/**
 * Reads price-item rows. Columns: {@code code,name,unit,valid_from} (required), {@code price} (yuan per unit, not
 * negative, 2 decimals), {@code insurance_classes} (as printed, e.g. "甲 乙"), {@code valid_to} (inclusive). Validity
 * is by service date.
 */
public final class PriceItemRows {

    public static final List<String> COLUMNS = List.of("code", "name", "unit", "price", "insurance_classes",
            "valid_from", "valid_to");
    public static final Set<String> REQUIRED = Set.of("code", "name", "unit", "valid_from");

    private PriceItemRows() {
    }

    public static List<PriceItem> read(List<ImportRow> rows, ImportErrors errors) {
        Cells cells = new Cells(errors);
        DistinctColumn codes = new DistinctColumn(errors, "code");
        return errors.validRows(rows, row -> {
            String code = cells.required(row, "code");
            String name = cells.required(row, "name");
            String unit = cells.required(row, "unit");
            BigDecimal price = cells.nonNegative(row, "price", false, 12, 2);
            LocalDate from = cells.date(row, "valid_from", true);
            LocalDate to = cells.date(row, "valid_to", false);
            if (from != null && to != null && to.isBefore(from)) {
                errors.add(row.field("valid_to"), "is before valid_from");
            }
            codes.check(row, code == null ? null : code.toUpperCase(Locale.ROOT));
            return () -> new PriceItem(code.toUpperCase(Locale.ROOT), name, unit, price, row.text("insurance_classes"),
                    from, to);
        });
    }
}
