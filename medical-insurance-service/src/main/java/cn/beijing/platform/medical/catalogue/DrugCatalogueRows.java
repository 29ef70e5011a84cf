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
import cn.beijing.platform.medical.policy.drug.HerbalExclusion;
import cn.beijing.platform.medical.policy.drug.CatalogueDrug;
import cn.beijing.platform.medical.policy.drug.DrugCataloguePart;

/**
 * Reads drug-catalogue rows. Columns: {@code code,name,part} (required), {@code category_code},
 * {@code payment_standard} (yuan per unit, &gt; 0, up to 4 decimals), {@code standard_valid_from},
 * {@code standard_valid_to} (inclusive), {@code dropped_after_failed_renewal} (negotiated drugs only, 一(五)),
 * {@code herbal_exclusion} (herbal pieces only: {@code NOT_PAYABLE_ALONE_OR_IN_COMPOUND} or {@code NOT_PAYABLE_ALONE},
 * 一(二)). A negotiated drug needs its payment standard (一(三)).
 */
public final class DrugCatalogueRows {

    public static final List<String> COLUMNS = List.of("code", "name", "part", "category_code", "payment_standard",
            "standard_valid_from", "standard_valid_to", "dropped_after_failed_renewal", "herbal_exclusion");
    public static final Set<String> REQUIRED = Set.of("code", "name", "part");

    private DrugCatalogueRows() {
    }

    public static List<CatalogueDrug> read(List<ImportRow> rows, ImportErrors errors) {
        Cells cells = new Cells(errors);
        DistinctColumn codes = new DistinctColumn(errors, "code");
        DistinctColumn herbs = new DistinctColumn(errors, "name", "herbal piece already listed at ");
        return errors.validRows(rows, row -> {
            String code = cells.required(row, "code");
            String name = cells.required(row, "name");
            DrugCataloguePart part = cells.enumValue(row, "part", DrugCataloguePart.class, true);
            String category = row.text("category_code");
            BigDecimal standard = cells.positive(row, "payment_standard", false, 12, 4);
            LocalDate from = cells.date(row, "standard_valid_from", false);
            LocalDate to = cells.date(row, "standard_valid_to", false);
            boolean dropped = cells.bool(row, "dropped_after_failed_renewal", false);
            HerbalExclusion herbal = cells.enumValue(row, "herbal_exclusion", HerbalExclusion.class, false);
            if (from != null && to != null && to.isBefore(from)) {
                errors.add(row.field("standard_valid_to"), "is before standard_valid_from");
            }
            if ((from != null || to != null) && row.text("payment_standard") == null) {
                errors.add(row.field("payment_standard"), "is required when a validity is given");
            }
            if (part == DrugCataloguePart.NEGOTIATED_DRUG && row.text("payment_standard") == null) {
                errors.add(row.field("payment_standard"), "is required for a negotiated drug (一(三))");
            }
            if (dropped && part != null && part != DrugCataloguePart.NEGOTIATED_DRUG) {
                errors.add(row.field("dropped_after_failed_renewal"), "applies to negotiated drugs only (一(五))");
            }
            if (part == DrugCataloguePart.CHINESE_HERBAL_PIECE) {
                // an unreadable value was already reported by enumValue
                if (herbal == HerbalExclusion.NOT_LISTED || (herbal == null && row.text("herbal_exclusion") == null)) {
                    errors.add(row.field("herbal_exclusion"), "a herbal-pieces row names its exclusion list: "
                            + "NOT_PAYABLE_ALONE_OR_IN_COMPOUND or NOT_PAYABLE_ALONE (一(二))");
                }
                if (row.text("payment_standard") != null) {
                    errors.add(row.field("payment_standard"), "herbal pieces carry no payment standard");
                }
                herbs.check(row, name);
            } else if (part != null && row.text("herbal_exclusion") != null) {
                errors.add(row.field("herbal_exclusion"), "applies to herbal pieces only");
            }
            codes.check(row, code);
            return () -> new CatalogueDrug(code, name, part,
                    category == null ? null : category.toUpperCase(Locale.ROOT), standard, from, to, dropped, herbal);
        });
    }
}
