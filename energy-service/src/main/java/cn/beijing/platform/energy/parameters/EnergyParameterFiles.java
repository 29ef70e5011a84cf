package cn.beijing.platform.energy.parameters;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import cn.beijing.platform.energy.policy.AnnualDeadline;
import cn.beijing.platform.energy.policy.ComprehensiveIntensity;
import cn.beijing.platform.energy.policy.EffectiveDated;
import cn.beijing.platform.energy.policy.EnergyCarrier;
import cn.beijing.platform.energy.policy.EnergyDocuments;
import cn.beijing.platform.energy.policy.EnergyGrade;
import cn.beijing.platform.energy.policy.OldBuildingClassification;
import cn.beijing.platform.energy.policy.PublicNoticePeriod;
import cn.beijing.platform.energy.policy.RatingScope;
import cn.beijing.platform.energy.policy.RenewalTrialPeriod;
import cn.beijing.platform.energy.policy.RetrofitObligation;
import cn.beijing.platform.energy.policy.SettlementReconciliation;
import cn.beijing.platform.energy.policy.SpotCheckDraw;
import cn.beijing.platform.energy.policy.SurveyCalendar;

/**
 * Loads the energy parameter files ({@code classpath:policy/<name>.yaml}) and turns them into the typed,
 * effective-dated parameters the policy classes take in their constructors. Every file is checked at load:
 * required keys, unit from the closed list and as expected, reference document as expected, dates, no overlapping
 * windows, no unknown keys in a version. The only I/O of the energy policy layer.
 *
 * <pre>{@code
 * EnergyParameters parameters = EnergyParameterFiles.shipped();
 * EnergyPolicies policies = EnergyPolicies.from(parameters, HolidayArrangementFiles.shipped());
 * EnergyGrade.Decision d = policies.energyGrade().evaluate(input, decisionDate);
 * }</pre>
 */
public final class EnergyParameterFiles {

    public static final String DIRECTORY = "policy/";

    private final Function<String, InputStream> source;
    private final List<ParameterFile> files = new ArrayList<>();

    private EnergyParameterFiles(Function<String, InputStream> source) {
        this.source = source;
    }

    /** The files shipped in this module's resources. */
    public static EnergyParameters shipped() {
        ClassLoader loader = EnergyParameterFiles.class.getClassLoader();
        return load(name -> loader.getResourceAsStream(DIRECTORY + name + ".yaml"));
    }

    /** Files from any source, by name without extension (e.g. {@code energy-grade-multipliers}). */
    public static EnergyParameters load(Function<String, InputStream> source) {
        return new EnergyParameterFiles(Objects.requireNonNull(source, "source")).build();
    }

    private EnergyParameters build() {
        String rating = EnergyDocuments.RATING;
        String statistics = EnergyDocuments.STATISTICS;
        String renewal = EnergyDocuments.RENEWAL;

        RatingScope.Parameters ratingScope = new RatingScope.Parameters(
                decimal("rating-scope-public-area-minimum", "square_metre", rating),
                decimal("rating-scope-public-share-threshold", "ratio", rating),
                decimal("large-public-building-area", "square_metre", rating),
                decimal("statistics-large-public-building-area", "square_metre", statistics),
                decimal("statistics-state-organ-office-area", "square_metre", statistics),
                decimal("statistics-public-share-threshold", "ratio", statistics));

        EnergyGrade.Parameters energyGrade = new EnergyGrade.Parameters(
                dated("energy-grade-multipliers", "ratio", rating, f -> new EnergyGrade.Multipliers(
                        f.decimal("third_grade_upper_multiplier"), f.decimal("fourth_grade_upper_multiplier"))),
                dated("energy-grade-obligations", "count", rating, f -> new EnergyGrade.ObligationGrades(
                        grades(f, "green_operation_grades"), grades(f, "deep_audit_grades"))),
                dated("demonstration-eligible-grades", "count", rating, f -> grades(f, "grades")),
                dated("green-building-label-eligible-grades", "count", rating, f -> grades(f, "grades")));

        ComprehensiveIntensity.Parameters intensity = new ComprehensiveIntensity.Parameters(
                dated("energy-conversion-factors", "ratio", rating, EnergyParameterFiles::conversionFactors),
                dated("intensity-decimal-places", "count", rating, f -> nonNegative(f, f.integer("value"))));

        RetrofitObligation.Parameters retrofit = new RetrofitObligation.Parameters(
                dated("rating-deadline", "date", rating, f -> new AnnualDeadline(f.monthDay("month", "day"),
                        nonNegative(f, f.integer("years_after_rating_year")))),
                positiveInteger("consecutive-grade-five-years", "years", rating));

        SpotCheckDraw.Parameters spotCheck = new SpotCheckDraw.Parameters(
                dated("spot-check-sample-ratio", "ratio", rating, f -> ratio(f, f.decimal("value"))),
                dated("spot-check-deadline", "date", rating,
                        f -> new AnnualDeadline(f.monthDay("month", "day"), 0)));

        SurveyCalendar.Parameters survey = new SurveyCalendar.Parameters(
                dated("survey-calendar", "date", statistics, f -> new SurveyCalendar.Milestones(
                        f.monthDay("scope_and_quota_by_month", "scope_and_quota_by_day"),
                        f.monthDay("data_submission_by_month", "data_submission_by_day"),
                        f.monthDay("aggregation_and_joint_review_by_month", "aggregation_and_joint_review_by_day"),
                        nonNegative(f, f.integer("data_years_back")))));

        SettlementReconciliation.Parameters reconciliation = new SettlementReconciliation.Parameters(
                dated("settlement-reconciliation-tolerance", "ratio", statistics,
                        f -> ratio(f, f.decimal("value"))));

        RenewalTrialPeriod.Parameters trial = new RenewalTrialPeriod.Parameters(
                positiveInteger("renewal-trial-validity", "years", renewal));

        OldBuildingClassification.Parameters oldBuilding = new OldBuildingClassification.Parameters(
                dated("old-building-class-one-cutoff", "date", renewal, EnergyParameterFiles::cutoff),
                dated("old-building-class-two-cutoff", "date", renewal, EnergyParameterFiles::cutoff),
                dated("old-building-consumption-share", "ratio", renewal, f -> ratio(f, f.decimal("value"))),
                positiveInteger("old-building-consecutive-years", "years", renewal));

        PublicNoticePeriod.Parameters notice = new PublicNoticePeriod.Parameters(
                positiveInteger("renewal-plan-notice-working-days", "working_days", renewal),
                dated("renewal-plan-notice-counts-publication-day", "flag", renewal, f -> f.flag("value")));

        return new EnergyParameters(ratingScope, energyGrade, intensity, retrofit, spotCheck, survey,
                reconciliation, trial, oldBuilding, notice, files);
    }

    private EffectiveDated<BigDecimal> decimal(String name, String unit, String document) {
        return dated(name, unit, document, f -> {
            BigDecimal value = f.decimal("value");
            if (value.signum() < 0) {
                throw f.fail("value must not be negative");
            }
            return "ratio".equals(unit) ? ratio(f, value) : value;
        });
    }

    private EffectiveDated<Integer> positiveInteger(String name, String unit, String document) {
        return dated(name, unit, document, f -> {
            int value = f.integer("value");
            if (value < 1) {
                throw f.fail("value must be at least 1");
            }
            return value;
        });
    }

    private <T> EffectiveDated<T> dated(String name, String unit, String document,
                                        Function<ParameterFields, T> convert) {
        ParameterFile file = ParameterFileReader.read(name, source.apply(name));
        if (!file.unit().equals(unit)) {
            throw new ParameterFileException(name, "unit must be '" + unit + "' (was '" + file.unit() + "')");
        }
        if (!file.referenceDocument().equals(document)) {
            throw new ParameterFileException(name, "reference.document must be " + document + " (was "
                    + file.referenceDocument() + ")");
        }
        List<EffectiveDated.Version<T>> versions = new ArrayList<>();
        for (ParameterFile.Entry entry : file.entries()) {
            ParameterFields fields = new ParameterFields(name, entry.validFrom(), entry.fields());
            T value = convert.apply(fields);
            fields.requireAllRead();
            versions.add(new EffectiveDated.Version<>(entry.validFrom(), entry.validTo(), value));
        }
        files.add(file);
        try {
            return new EffectiveDated<>(name, versions);
        } catch (IllegalArgumentException e) {
            throw new ParameterFileException(name, e.getMessage(), e);
        }
    }

    private static BigDecimal ratio(ParameterFields f, BigDecimal value) {
        if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
            throw f.fail("a ratio must lie in [0, 1] (was " + value.toPlainString() + ")");
        }
        return value;
    }

    private static int nonNegative(ParameterFields f, int value) {
        if (value < 0) {
            throw f.fail("must not be negative (was " + value + ")");
        }
        return value;
    }

    private static Set<Integer> grades(ParameterFields f, String key) {
        Set<Integer> grades = f.integers(key);
        for (int grade : grades) {
            boolean known = false;
            for (EnergyGrade.Level level : EnergyGrade.Level.values()) {
                known |= level.number() == grade;
            }
            if (!known) {
                throw f.fail("'" + key + "' holds " + grade + ", which is not a grade");
            }
        }
        return grades;
    }

    private static OldBuildingClassification.ConstructionCutoff cutoff(ParameterFields f) {
        return new OldBuildingClassification.ConstructionCutoff(f.integer("year"), f.flag("cutoff_year_included"));
    }

    private static ComprehensiveIntensity.ConversionFactors conversionFactors(ParameterFields f) {
        Map<EnergyCarrier, ComprehensiveIntensity.ConversionFactor> rows = new EnumMap<>(EnergyCarrier.class);
        for (EnergyCarrier carrier : EnergyCarrier.values()) {
            Map<String, Object> row = f.mapping(carrier.name());
            Object unit = row.get("carrier_unit");
            Object counted = row.get("counted_in_intensity");
            Object factor = row.get("kgce_per_unit");
            for (String key : row.keySet()) {
                if (!Set.of("carrier_unit", "counted_in_intensity", "kgce_per_unit").contains(key)) {
                    throw f.fail(carrier + ": unexpected key '" + key + "'");
                }
            }
            if (!(unit instanceof String) || !(counted instanceof Boolean)) {
                throw f.fail(carrier + ": needs carrier_unit and counted_in_intensity");
            }
            BigDecimal kgce = factor == null ? null : f.decimal(factor, carrier + ".kgce_per_unit");
            if ((Boolean) counted && (kgce == null || kgce.signum() <= 0)) {
                throw f.fail(carrier + ": a counted carrier needs a positive kgce_per_unit");
            }
            if (!(Boolean) counted && kgce != null) {
                throw f.fail(carrier + ": a carrier not counted takes no kgce_per_unit");
            }
            rows.put(carrier, new ComprehensiveIntensity.ConversionFactor(carrier, (String) unit, kgce,
                    (Boolean) counted));
        }
        return new ComprehensiveIntensity.ConversionFactors(rows);
    }
}
