package cn.beijing.platform.subsidy.policy.kindergarten;

import cn.beijing.platform.policy.PolicyInputException;
import cn.beijing.platform.policy.Decides;
import cn.beijing.platform.policy.EffectiveDated;
import cn.beijing.platform.policy.Rule;
import cn.beijing.platform.policy.parameters.ParameterSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import cn.beijing.platform.policy.Basis;
import cn.beijing.platform.subsidy.policy.Citation;
import cn.beijing.platform.subsidy.policy.Decision;
import cn.beijing.platform.subsidy.policy.Documents;
import cn.beijing.platform.subsidy.policy.Failure;
import cn.beijing.platform.policy.Inputs;

/**
 * 申请补助资金的条件 (京技管发〔2024〕30号 第十二条), with the status of 第二条:
 * <ol>
 * <li>admissions follow the rules of Yizhuang public kindergartens;</li>
 * <li>within the last 3 years: no irregular operation, no safety accident, no operating risk, no administrative
 * penalty (以内: a record exactly 3 years before the decision date still counts);</li>
 * <li>operating and safety conditions met; the previous year's inspection "合格" or better and the municipal
 * supervision evaluation "合格" or better.</li>
 * </ol>
 */
@Rule(id = "kindergarten-eligibility", document = Documents.KINDERGARTEN, article = "第十二条",
        parameters = {"kindergarten-eligibility-lookback", "kindergarten-minimum-evaluation-grade"})
public final class KindergartenEligibility implements Decides<KindergartenEligibility.Applicant, KindergartenEligibility.EligibilityDecision> {

    private static final String ARTICLE = "第十二条";

    /** 第十二条 第3项: the lowest passing grades. */
    public record MinimumGrades(EvaluationGrade annualInspection, EvaluationGrade municipalSupervision) {

        public MinimumGrades {
            Objects.requireNonNull(annualInspection);
            Objects.requireNonNull(municipalSupervision);
        }
    }

    private final EffectiveDated<Integer> eligibilityLookback;
    private final EffectiveDated<MinimumGrades> minimumEvaluationGrade;

    public KindergartenEligibility(ParameterSet parameters) {
        this.eligibilityLookback = parameters.get("kindergarten-eligibility-lookback", Integer.class);
        this.minimumEvaluationGrade = parameters.get("kindergarten-minimum-evaluation-grade", MinimumGrades.class);
    }

    public enum RecordType {
        /** 违规办园行为. */
        IRREGULAR_OPERATION,
        /** 安全事故. */
        SAFETY_ACCIDENT,
        /** 办学风险隐患. */
        OPERATING_RISK,
        /** 行政处罚. */
        ADMINISTRATIVE_PENALTY
    }

    public record ComplianceRecord(RecordType type, LocalDate occurredOn) {
    }

    /** A grade given for a year (the annual inspection is the one of the year before the decision). */
    public record Evaluation(int year, EvaluationGrade grade) {
    }

    /**
     * @param recognisedInclusive       recognised as an inclusive private kindergarten (第二条)
     * @param municipalSupervision      the latest Beijing supervision evaluation ({@code null}: none)
     */
    public record Applicant(boolean recognisedInclusive, boolean admissionsFollowPublicKindergartenRules,
                            List<ComplianceRecord> records, boolean meetsOperatingAndSafetyConditions,
                            Evaluation annualInspection, EvaluationGrade municipalSupervision) {
    }

    public record EligibilityDecision(boolean eligible, List<Failure> failures, List<Basis> basis)
            implements Decision {
    }

    @Override
    public EligibilityDecision decide(Applicant applicant, LocalDate decisionDate) {
        return evaluate(applicant, decisionDate);
    }

    public EligibilityDecision evaluate(Applicant applicant, LocalDate decisionDate) {
        Inputs.required("applicant", applicant);
        int lookbackYears = Inputs.inForce(this.eligibilityLookback, decisionDate);
        MinimumGrades minimum = Inputs.inForce(this.minimumEvaluationGrade, decisionDate);
        List<Failure> failures = new ArrayList<>();
        if (!applicant.recognisedInclusive()) {
            failures.add(new Failure("NOT_RECOGNISED_INCLUSIVE", Documents.KINDERGARTEN, "第二条",
                    "not recognised as an inclusive private kindergarten by the education authority"));
        }
        if (!applicant.admissionsFollowPublicKindergartenRules()) {
            failures.add(failure("ADMISSIONS_NOT_AS_PUBLIC_KINDERGARTENS",
                    "admissions must follow the rules of Yizhuang public kindergartens (第十二条 1)"));
        }
        LocalDate windowStart = decisionDate.minusYears(lookbackYears);
        List<ComplianceRecord> records = applicant.records() == null ? List.of() : applicant.records();
        for (int i = 0; i < records.size(); i++) {
            ComplianceRecord record = Inputs.required("records[" + i + "]", records.get(i));
            Inputs.required("records[" + i + "].type", record.type());
            LocalDate on = Inputs.date("records[" + i + "].occurredOn", record.occurredOn());
            if (on.isAfter(decisionDate)) {
                throw new PolicyInputException("records[" + i + "].occurredOn", "is after the decision date");
            }
            if (!on.isBefore(windowStart)) {
                failures.add(failure(record.type().name() + "_WITHIN_LOOKBACK",
                        record.type().name() + " on " + on + " is within " + lookbackYears
                                + " years before " + decisionDate + " (第十二条 2)"));
            }
        }
        if (!applicant.meetsOperatingAndSafetyConditions()) {
            failures.add(failure("OPERATING_OR_SAFETY_CONDITIONS_NOT_MET",
                    "operating conditions and safety management requirements must be met (第十二条 3)"));
        }
        Evaluation inspection = applicant.annualInspection();
        int previousYear = decisionDate.getYear() - 1;
        if (inspection == null || inspection.grade() == null || inspection.year() != previousYear) {
            failures.add(failure("NO_PREVIOUS_YEAR_INSPECTION",
                    "no annual inspection result for " + previousYear + " (第十二条 3)"));
        } else if (!inspection.grade().atLeast(minimum.annualInspection())) {
            failures.add(failure("ANNUAL_INSPECTION_BELOW_MINIMUM", "annual inspection " + inspection.grade()
                    + " is below " + minimum.annualInspection() + " (第十二条 3)"));
        }
        if (applicant.municipalSupervision() == null) {
            failures.add(failure("NO_MUNICIPAL_SUPERVISION_EVALUATION",
                    "no Beijing supervision evaluation result (第十二条 3)"));
        } else if (!applicant.municipalSupervision().atLeast(minimum.municipalSupervision())) {
            failures.add(failure("MUNICIPAL_SUPERVISION_BELOW_MINIMUM", "supervision evaluation "
                    + applicant.municipalSupervision() + " is below " + minimum.municipalSupervision()
                    + " (第十二条 3)"));
        }
        List<Basis> basis = new ArrayList<>();
        basis.add(Basis.of(Documents.KINDERGARTEN, "第二条"));
        basis.add(Citation.of(Documents.KINDERGARTEN, ARTICLE, decisionDate, eligibilityLookback,
                minimumEvaluationGrade));
        return new EligibilityDecision(failures.isEmpty(), List.copyOf(failures), List.copyOf(basis));
    }

    private static Failure failure(String code, String message) {
        return new Failure(code, Documents.KINDERGARTEN, ARTICLE, message);
    }
}
