package cn.beijing.platform.subsidy.parameters;

import java.util.ArrayList;
import java.util.List;

import cn.beijing.platform.subsidy.policy.kindergarten.EvaluationGrade;
import cn.beijing.platform.subsidy.policy.kindergarten.KindergartenParameters;

/**
 * Loads the subsidy-service parameter files into the plain records the policy classes take in their
 * constructors. Every file is read and validated eagerly: a bad file fails the load, not a later request.
 * <pre>{@code
 * SubsidyParameters p = SubsidyParameterFiles.shipped();
 * var settlement = new PerChildSubsidySettlement(p.kindergarten());
 * }</pre>
 */
public final class SubsidyParameterFiles {

    private final ParameterFileReader reader;

    public SubsidyParameterFiles(ParameterFileReader reader) {
        this.reader = reader;
    }

    /** The files shipped under {@code src/main/resources/policy/}. */
    public static SubsidyParameters shipped() {
        return new SubsidyParameterFiles(ParameterFileReader.shipped()).load();
    }

    public SubsidyParameters load() {
        return new SubsidyParameters(kindergarten(), SciTechCultureParameterFiles.load(reader),
                IndustrialFinanceParameterFiles.load(reader), YouthEmploymentParameterFiles.load(reader));
    }

    public KindergartenParameters kindergarten() {
        return new KindergartenParameters(
                reader.read("kindergarten-per-child-monthly-rate", ParameterValue::decimal),
                reader.read("kindergarten-minimum-age", ParameterValue::integer),
                reader.read("kindergarten-age-reference-day", ParameterValue::monthDay),
                reader.read("kindergarten-per-child-count-calendar", v -> new KindergartenParameters.CountCalendar(
                        v.integer("autumn_intake_month"),
                        v.integer("previous_year_count_month"),
                        v.integer("current_year_count_month"),
                        v.integers("quarters_on_previous_year_count"),
                        v.integers("quarters_on_current_year_count"),
                        v.integer("months_per_quarter_count"),
                        v.integer("settlement_month"))),
                reader.read("kindergarten-rent-daily-rate-cap", ParameterValue::decimal),
                reader.read("kindergarten-first-lease-minimum-term", ParameterValue::integer),
                reader.read("kindergarten-rent-payment-quarter", ParameterValue::integer),
                reader.read("kindergarten-eligibility-lookback", ParameterValue::integer),
                reader.read("kindergarten-minimum-evaluation-grade", v -> new KindergartenParameters.MinimumGrades(
                        EvaluationGrade.valueOf(v.text("annual_inspection")),
                        EvaluationGrade.valueOf(v.text("municipal_supervision")))),
                reader.read("kindergarten-public-notice-minimum", ParameterValue::integer),
                reader.read("kindergarten-violation-period-whole-months", ParameterValue::flag));
    }

    /** Every file name the service loads, for the test that no shipped file is left unread. */
    public static List<String> fileNames() {
        List<String> names = new ArrayList<>(List.of(
                "kindergarten-per-child-monthly-rate", "kindergarten-minimum-age", "kindergarten-age-reference-day",
                "kindergarten-per-child-count-calendar", "kindergarten-rent-daily-rate-cap",
                "kindergarten-first-lease-minimum-term", "kindergarten-rent-payment-quarter",
                "kindergarten-eligibility-lookback", "kindergarten-minimum-evaluation-grade",
                "kindergarten-public-notice-minimum", "kindergarten-violation-period-whole-months"));
        names.addAll(SciTechCultureParameterFiles.NAMES);
        names.addAll(IndustrialFinanceParameterFiles.NAMES);
        names.addAll(YouthEmploymentParameterFiles.NAMES);
        return List.copyOf(names);
    }
}
