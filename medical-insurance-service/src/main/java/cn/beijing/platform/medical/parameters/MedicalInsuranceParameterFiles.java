package cn.beijing.platform.medical.parameters;

import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import cn.beijing.platform.medical.policy.DrgGroupingScheme;
import cn.beijing.platform.medical.policy.HerbalPieceExclusionLists;
import cn.beijing.platform.medical.policy.HighCostOutlierMultipliers;
import cn.beijing.platform.medical.policy.HospitalLevel;
import cn.beijing.platform.medical.policy.Insurance;
import cn.beijing.platform.medical.policy.MaximumGuidePriceItem;
import cn.beijing.platform.medical.policy.OutpatientSpecialDisease;
import cn.beijing.platform.medical.policy.OutpatientSpecialDiseaseAddition;
import cn.beijing.platform.medical.policy.ParameterVersion;
import cn.beijing.platform.medical.policy.PriceItemTable;
import cn.beijing.platform.medical.policy.QuartileMethod;
import cn.beijing.platform.medical.policy.ResidentCategory;
import cn.beijing.platform.medical.policy.ResidentContributionRates;
import cn.beijing.platform.medical.policy.SurplusRetentionRatios;
import cn.beijing.platform.medical.policy.WeightTrimmingParameters;

/**
 * Loads the medical-insurance parameter files from {@code policy/*.yaml} on the classpath (or any opener, for tests),
 * typing and validating each one, then the checks across files (the infectious-disease specialty rate against
 * base rate × uplift). Any problem is a {@link ParameterFileException} at load, never a wrong decision later.
 */
public final class MedicalInsuranceParameterFiles {

    /** Resource folder of the shipped files. */
    public static final String FOLDER = "policy/";

    private MedicalInsuranceParameterFiles() {
    }

    /** The files shipped in {@code src/main/resources/policy/}. */
    public static MedicalInsuranceParameters shipped() {
        ClassLoader loader = MedicalInsuranceParameterFiles.class.getClassLoader();
        return load(name -> loader.getResourceAsStream(FOLDER + name + ".yaml"));
    }

    /** @param opener file name without {@code .yaml} → its content, or null when absent */
    public static MedicalInsuranceParameters load(Function<String, InputStream> opener) {
        MedicalInsuranceParameters p = new MedicalInsuranceParameters(
                ParameterFileReader.read("drug-catalogue-2024-in-force", opener.apply("drug-catalogue-2024-in-force"),
                        "flag", (y, v) -> y.bool(v, "value")),
                ParameterFileReader.read("dropped-negotiated-drug-transition",
                        opener.apply("dropped-negotiated-drug-transition"), "date", (y, v) -> y.date(v, "value")),
                ParameterFileReader.read("herbal-piece-exclusions", opener.apply("herbal-piece-exclusions"), "flag",
                        MedicalInsuranceParameterFiles::herbalLists),
                ParameterFileReader.read("outpatient-special-disease-drug-additions",
                        opener.apply("outpatient-special-disease-drug-additions"), "flag",
                        MedicalInsuranceParameterFiles::outpatientAdditions),
                ParameterFileReader.read("medical-service-price-items", opener.apply("medical-service-price-items"),
                        "yuan", MedicalInsuranceParameterFiles::priceItems),
                ParameterFileReader.read("resident-contribution-standards",
                        opener.apply("resident-contribution-standards"), "yuan",
                        MedicalInsuranceParameterFiles::residentContributions),
                ParameterFileReader.read("drg-base-rate", opener.apply("drg-base-rate"), "yuan",
                        MedicalInsuranceParameterFiles::positiveAmount),
                ParameterFileReader.read("drg-infectious-disease-specialty-uplift",
                        opener.apply("drg-infectious-disease-specialty-uplift"), "percent",
                        (y, v) -> nonNegative(y, v)),
                ParameterFileReader.read("drg-infectious-disease-specialty-rate",
                        opener.apply("drg-infectious-disease-specialty-rate"), "yuan",
                        MedicalInsuranceParameterFiles::positiveAmount),
                ParameterFileReader.read("drg-surplus-retention", opener.apply("drg-surplus-retention"), "ratio",
                        MedicalInsuranceParameterFiles::retention),
                ParameterFileReader.read("drg-special-case-quota", opener.apply("drg-special-case-quota"), "percent",
                        MedicalInsuranceParameterFiles::percentage),
                ParameterFileReader.read("drg-high-cost-outlier-multipliers",
                        opener.apply("drg-high-cost-outlier-multipliers"), "ratio",
                        MedicalInsuranceParameterFiles::highCostMultipliers),
                ParameterFileReader.read("drg-weight-trimming", opener.apply("drg-weight-trimming"), "ratio",
                        MedicalInsuranceParameterFiles::weightTrimming),
                ParameterFileReader.read("drg-grouping-scheme", opener.apply("drg-grouping-scheme"), "count",
                        MedicalInsuranceParameterFiles::groupingScheme),
                ParameterFileReader.read("ischemic-stroke-single-disease-payment",
                        opener.apply("ischemic-stroke-single-disease-payment"), "flag", (y, v) -> y.bool(v, "value")));
        checkSpecialtyRate(p);
        return p;
    }

    /**
     * 京医保发〔2024〕24号 二(一) prints both "上浮2%" and "为20834元": for every specialty-rate version, the base rate and
     * uplift in force on its first day must give it, rounded HALF_UP to the yuan (20425 × 1.02 = 20833.5 → 20834).
     */
    static void checkSpecialtyRate(MedicalInsuranceParameters p) {
        for (ParameterVersion<BigDecimal> specialty : p.drgInfectiousDiseaseSpecialtyRate().versions()) {
            LocalDate day = specialty.validFrom();
            BigDecimal base = p.drgBaseRate().versionOn(day).map(ParameterVersion::value).orElseThrow(() ->
                    new ParameterFileException("drg-base-rate.yaml", "no base rate on " + day));
            BigDecimal uplift = p.drgInfectiousDiseaseSpecialtyUplift().versionOn(day).map(ParameterVersion::value)
                    .orElseThrow(() -> new ParameterFileException("drg-infectious-disease-specialty-uplift.yaml",
                            "no uplift on " + day));
            BigDecimal expected = base.multiply(BigDecimal.ONE.add(uplift.movePointLeft(2)))
                    .setScale(0, RoundingMode.HALF_UP);
            if (expected.compareTo(specialty.value()) != 0) {
                throw new ParameterFileException("drg-infectious-disease-specialty-rate.yaml", "rate "
                        + specialty.value().toPlainString() + " on " + day + " is not base " + base.toPlainString()
                        + " + " + uplift.toPlainString() + "% = " + expected.toPlainString());
            }
        }
    }

    private static BigDecimal nonNegative(YamlValues y, Object v) {
        BigDecimal d = y.decimal(v, "value");
        if (d.signum() < 0) {
            throw y.error("value", "must not be negative");
        }
        return d;
    }

    private static BigDecimal positiveAmount(YamlValues y, Object v) {
        BigDecimal d = y.decimal(v, "value");
        if (d.signum() <= 0) {
            throw y.error("value", "must be greater than 0");
        }
        return d;
    }

    private static BigDecimal percentage(YamlValues y, Object v) {
        BigDecimal d = nonNegative(y, v);
        if (d.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw y.error("value", "a percentage is at most 100");
        }
        return d;
    }

    private static HerbalPieceExclusionLists herbalLists(YamlValues y, Object v) {
        Map<Object, Object> m = y.map(v, "value");
        y.onlyKeys(m, Set.of("sample", "not_payable_alone_or_in_compound", "not_payable_alone"), "value");
        return new HerbalPieceExclusionLists(
                new LinkedHashSet<>(y.strings(y.required(m, "not_payable_alone_or_in_compound", "value"),
                        "value.not_payable_alone_or_in_compound")),
                new LinkedHashSet<>(y.strings(y.required(m, "not_payable_alone", "value"), "value.not_payable_alone")),
                y.bool(y.required(m, "sample", "value"), "value.sample"));
    }

    private static List<OutpatientSpecialDiseaseAddition> outpatientAdditions(YamlValues y, Object v) {
        List<OutpatientSpecialDiseaseAddition> additions = new ArrayList<>();
        int i = 0;
        for (Object item : y.list(v, "value")) {
            String path = "value[" + i++ + "]";
            Map<Object, Object> m = y.map(item, path);
            y.onlyKeys(m, Set.of("disease", "article", "category_code_prefixes", "drug_names"), path);
            List<String> prefixes = y.strings(y.required(m, "category_code_prefixes", path), path + ".category_code_prefixes");
            List<String> names = y.strings(y.required(m, "drug_names", path), path + ".drug_names");
            if (prefixes.isEmpty() && names.isEmpty()) {
                throw y.error(path, "adds neither a category code prefix nor a drug name");
            }
            additions.add(new OutpatientSpecialDiseaseAddition(
                    y.enumValue(OutpatientSpecialDisease.class, y.required(m, "disease", path), path + ".disease"),
                    y.string(y.required(m, "article", path), path + ".article"), prefixes, names));
        }
        return additions;
    }

    private static PriceItemTable priceItems(YamlValues y, Object v) {
        Map<Object, Object> m = y.map(v, "value");
        y.onlyKeys(m, Set.of("maximum_guide_price_items", "abolished_items"), "value");
        Map<String, MaximumGuidePriceItem> capped = new LinkedHashMap<>();
        for (Map.Entry<Object, Object> e : y.map(y.required(m, "maximum_guide_price_items", "value"),
                "value.maximum_guide_price_items").entrySet()) {
            String code = y.string(e.getKey(), "value.maximum_guide_price_items");
            String path = "value.maximum_guide_price_items." + code;
            Map<Object, Object> item = y.map(e.getValue(), path);
            y.onlyKeys(item, Set.of("name", "unit", "maximum_guide_price", "insurance_classes_as_printed"), path);
            BigDecimal max = y.decimal(y.required(item, "maximum_guide_price", path), path + ".maximum_guide_price");
            if (max.signum() < 0) {
                throw y.error(path + ".maximum_guide_price", "must not be negative");
            }
            capped.put(code, new MaximumGuidePriceItem(code, y.string(y.required(item, "name", path), path + ".name"),
                    y.string(y.required(item, "unit", path), path + ".unit"), max,
                    item.get("insurance_classes_as_printed") == null ? null
                            : y.string(item.get("insurance_classes_as_printed"), path + ".insurance_classes_as_printed")));
        }
        Map<String, String> abolished = new LinkedHashMap<>();
        for (Map.Entry<Object, Object> e : y.map(y.required(m, "abolished_items", "value"), "value.abolished_items")
                .entrySet()) {
            String code = y.string(e.getKey(), "value.abolished_items");
            if (capped.containsKey(code)) {
                throw y.error("value.abolished_items." + code, "is both priced and abolished");
            }
            abolished.put(code, y.string(e.getValue(), "value.abolished_items." + code));
        }
        return new PriceItemTable(capped, abolished);
    }

    private static Map<ResidentCategory, ResidentContributionRates> residentContributions(YamlValues y, Object v) {
        Map<Object, Object> m = y.map(v, "value");
        Map<ResidentCategory, ResidentContributionRates> table = new EnumMap<>(ResidentCategory.class);
        for (Map.Entry<Object, Object> e : m.entrySet()) {
            ResidentCategory category = y.enumValue(ResidentCategory.class, e.getKey(), "value");
            String path = "value." + category;
            Map<Object, Object> row = y.map(e.getValue(), path);
            y.onlyKeys(row, Set.of("individual", "fiscal_subsidy", "municipal_subsidy", "district_subsidy"), path);
            try {
                table.put(category, new ResidentContributionRates(
                        amount(y, row, "individual", path), amount(y, row, "fiscal_subsidy", path),
                        amount(y, row, "municipal_subsidy", path), amount(y, row, "district_subsidy", path)));
            } catch (IllegalArgumentException ex) {
                throw y.error(path, ex.getMessage());
            }
        }
        for (ResidentCategory category : ResidentCategory.values()) {
            if (!table.containsKey(category)) {
                throw y.error("value." + category, "missing");
            }
        }
        return table;
    }

    private static BigDecimal amount(YamlValues y, Map<Object, Object> row, String key, String path) {
        BigDecimal d = y.decimal(y.required(row, key, path), path + "." + key);
        if (d.signum() < 0) {
            throw y.error(path + "." + key, "must not be negative");
        }
        return d;
    }

    private static SurplusRetentionRatios retention(YamlValues y, Object v) {
        Map<Object, Object> m = y.map(v, "value");
        y.onlyKeys(m, Set.of(Insurance.EMPLOYEE.name(), Insurance.RESIDENT.name()), "value");
        return new SurplusRetentionRatios(
                y.decimal(y.required(m, Insurance.EMPLOYEE.name(), "value"), "value.EMPLOYEE"),
                y.decimal(y.required(m, Insurance.RESIDENT.name(), "value"), "value.RESIDENT"));
    }

    private static HighCostOutlierMultipliers highCostMultipliers(YamlValues y, Object v) {
        Map<Object, Object> m = y.map(v, "value");
        Map<HospitalLevel, BigDecimal> multipliers = new EnumMap<>(HospitalLevel.class);
        for (Map.Entry<Object, Object> e : m.entrySet()) {
            HospitalLevel level = y.enumValue(HospitalLevel.class, e.getKey(), "value");
            multipliers.put(level, y.decimal(e.getValue(), "value." + level));
        }
        return new HighCostOutlierMultipliers(multipliers);
    }

    private static WeightTrimmingParameters weightTrimming(YamlValues y, Object v) {
        Map<Object, Object> m = y.map(v, "value");
        y.onlyKeys(m, Set.of("lower_fence_multiplier", "upper_fence_multiplier", "quartile_method", "weight_decimals"),
                "value");
        return new WeightTrimmingParameters(
                y.decimal(y.required(m, "lower_fence_multiplier", "value"), "value.lower_fence_multiplier"),
                y.decimal(y.required(m, "upper_fence_multiplier", "value"), "value.upper_fence_multiplier"),
                y.enumValue(QuartileMethod.class, y.required(m, "quartile_method", "value"), "value.quartile_method"),
                y.integer(y.required(m, "weight_decimals", "value"), "value.weight_decimals"));
    }

    private static DrgGroupingScheme groupingScheme(YamlValues y, Object v) {
        Map<Object, Object> m = y.map(v, "value");
        y.onlyKeys(m, Set.of("groups", "designated_hospitals", "designated_employee_drg_paid_groups",
                "designated_employee_per_item_groups", "kept_consumables_procurement_groups"), "value");
        return new DrgGroupingScheme(
                y.integer(y.required(m, "groups", "value"), "value.groups"),
                y.integer(y.required(m, "designated_hospitals", "value"), "value.designated_hospitals"),
                y.integer(y.required(m, "designated_employee_drg_paid_groups", "value"),
                        "value.designated_employee_drg_paid_groups"),
                y.integer(y.required(m, "designated_employee_per_item_groups", "value"),
                        "value.designated_employee_per_item_groups"),
                y.integer(y.required(m, "kept_consumables_procurement_groups", "value"),
                        "value.kept_consumables_procurement_groups"));
    }
}
