package cn.beijing.platform.subsidy.policy.youth;

import cn.beijing.platform.policy.PolicyInputException;
import cn.beijing.platform.policy.Decides;
import cn.beijing.platform.policy.EffectiveDated;
import cn.beijing.platform.policy.Rule;
import cn.beijing.platform.policy.parameters.ParameterSet;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import cn.beijing.platform.policy.Basis;
import cn.beijing.platform.subsidy.policy.Citation;
import cn.beijing.platform.subsidy.policy.Decision;
import cn.beijing.platform.subsidy.policy.Documents;
import cn.beijing.platform.subsidy.policy.Failure;
import cn.beijing.platform.policy.Inputs;
import cn.beijing.platform.subsidy.policy.Money;

/**
 * 一次性扩岗补助 (京人社毕发〔2024〕16号 一、(一)): an enterprise that hires a college graduate in the graduation year,
 * or within two years of leaving school and not employed since, or a registered unemployed youth aged 16–24, signs a
 * labour contract and pays unemployment, work-injury and employee pension insurance in full for 3 months or more
 * (以上: inclusive) gets 1000 yuan per hire; hires until 2025-12-31.
 * <ul>
 * <li>[platform rule] 毕业年度 is the calendar year of graduation; "离校两年内" runs to the second anniversary of
 * leaving school inclusive.</li>
 * <li>[platform rule] age 16–24 is read on the hire day: from the 16th birthday to the day before the 25th.</li>
 * <li>[platform rule] one person counts once per enterprise.</li>
 * </ul>
 * 16号 "延续实施一次性扩岗补助政策" continues a subsidy that existed before it. A hire before the platform's window start
 * (parameter {@code youth-job-expansion-hire-window}, 2024-12-02) is therefore not refused under this notice: its
 * outcome is {@link HireOutcome#PREDECESSOR_POLICY}, with no failure, so that a clerk decides it under the policy in
 * force on the hire day instead of refusing it. A hire after the window's end (政策执行至2025年12月31日) is refused.
 */
@Rule(id = "youth-job-expansion", document = Documents.YOUTH_EMPLOYMENT, article = "一、(一)",
        parameters = {"youth-job-expansion-subsidy-amount", "youth-job-expansion-hire-window", "youth-job-expansion-insurance-months", "youth-job-expansion-youth-age", "youth-job-expansion-graduate-window"})
public final class JobExpansionSubsidy implements Decides<JobExpansionSubsidy.Input, JobExpansionSubsidy.JobExpansionDecision> {

    private static final String ARTICLE = "一、(一)";

    /** Hires from {@code hiredFrom} to {@code hiredTo}, both inclusive. */
    public record HireWindow(LocalDate hiredFrom, LocalDate hiredTo) {
    }

    /** Ages in whole years, both inclusive. */
    public record AgeRange(int min, int max) {
    }

    private final EffectiveDated<BigDecimal> subsidyPerHire;
    private final EffectiveDated<HireWindow> hireWindow;
    private final EffectiveDated<Integer> insuranceMonths;
    private final EffectiveDated<AgeRange> youthAge;
    private final EffectiveDated<Integer> graduateWindowYears;

    public JobExpansionSubsidy(ParameterSet parameters) {
        this.subsidyPerHire = parameters.get("youth-job-expansion-subsidy-amount", BigDecimal.class);
        this.hireWindow = parameters.get("youth-job-expansion-hire-window", HireWindow.class);
        this.insuranceMonths = parameters.get("youth-job-expansion-insurance-months", Integer.class);
        this.youthAge = parameters.get("youth-job-expansion-youth-age", AgeRange.class);
        this.graduateWindowYears = parameters.get("youth-job-expansion-graduate-window", Integer.class);
    }

    public enum Category {
        /** 高校毕业生 (graduation year, or within two years of leaving school and unemployed). */
        COLLEGE_GRADUATE,
        /** 登记失业青年 aged 16–24. */
        REGISTERED_UNEMPLOYED_YOUTH
    }

    /**
     * @param leftSchoolOn                  graduation / leaving-school day (graduates)
     * @param unemployedSinceLeavingSchool  not employed between leaving school and this hire (graduates)
     * @param registeredUnemployed          registered as unemployed at the hire (youth)
     * @param fullInsuranceMonths           months in which all three insurances (unemployment, work-injury, pension)
     *                                      were paid in full for the person
     */
    public record Hire(String personId, Category category, LocalDate birthDate, LocalDate leftSchoolOn,
                       boolean unemployedSinceLeavingSchool, boolean registeredUnemployed, LocalDate hiredOn,
                       boolean labourContract, int fullInsuranceMonths) {
    }

    /** What this notice says of one hire. */
    public enum HireOutcome {
        /** Every condition of 一、(一) is met: 1000 yuan. */
        QUALIFIES,
        /** A condition is not met ({@code failures} name each). */
        DOES_NOT_QUALIFY,
        /** Hired before this notice's window: the policy 16号 continues (延续实施) governs it, not this notice. */
        PREDECESSOR_POLICY
    }

    /** Why a hire is answered under the policy this notice continues, and the article that continues it. */
    public record PredecessorPolicy(String code, String message, Basis basis) {
    }

    /**
     * @param predecessorPolicy set when the outcome is {@link HireOutcome#PREDECESSOR_POLICY}, else {@code null}
     */
    public record HireDecision(String personId, HireOutcome outcome, boolean eligible, BigDecimal amount,
                               List<Failure> failures, PredecessorPolicy predecessorPolicy, List<Basis> basis)
            implements Decision {
    }

    /** @param predecessorPolicyHires hires answered under the policy this notice continues */
    public record JobExpansionDecision(boolean employerIsEnterprise, List<HireDecision> hires, int qualifyingHires,
                                       int predecessorPolicyHires, BigDecimal total, List<Basis> basis)
            implements Decision {
    }

    /** @param employerIsEnterprise the employer is an enterprise (企业) */
    public record Input(boolean employerIsEnterprise, List<Hire> hires) {
    }

    @Override
    public JobExpansionDecision decide(Input input, LocalDate decisionDate) {
        Inputs.required("input", input);
        return evaluate(input.employerIsEnterprise(), input.hires(), decisionDate);
    }

    public JobExpansionDecision evaluate(boolean employerIsEnterprise, List<Hire> hires, LocalDate decisionDate) {
        Inputs.required("hires", hires);
        BigDecimal perHire = Inputs.inForce(this.subsidyPerHire, decisionDate);
        HireWindow window = Inputs.inForce(this.hireWindow, decisionDate);
        int insuranceMonths = Inputs.inForce(this.insuranceMonths, decisionDate);
        AgeRange age = Inputs.inForce(this.youthAge, decisionDate);
        int graduateYears = Inputs.inForce(this.graduateWindowYears, decisionDate);
        Set<String> seen = new HashSet<>();
        List<HireDecision> decisions = new ArrayList<>();
        BigDecimal total = Money.ZERO;
        int qualifying = 0;
        int predecessor = 0;
        List<Basis> basis = List.of(Citation.of(Documents.YOUTH_EMPLOYMENT, ARTICLE, decisionDate,
                this.subsidyPerHire, this.hireWindow, this.insuranceMonths, this.youthAge, this.graduateWindowYears));
        for (int i = 0; i < hires.size(); i++) {
            String at = "hires[" + i + "]";
            Hire hire = Inputs.required(at, hires.get(i));
            if (hire.personId() == null || hire.personId().isBlank()) {
                throw new PolicyInputException(at + ".personId", "is required");
            }
            Category category = Inputs.required(at + ".category", hire.category());
            LocalDate hiredOn = Inputs.date(at + ".hiredOn", hire.hiredOn());
            Inputs.nonNegative(at + ".fullInsuranceMonths", hire.fullInsuranceMonths());
            if (hiredOn.isBefore(window.hiredFrom())) {
                predecessor++;
                decisions.add(new HireDecision(hire.personId(), HireOutcome.PREDECESSOR_POLICY, false, Money.ZERO,
                        List.of(), new PredecessorPolicy("HIRED_BEFORE_THIS_NOTICE", "hired on " + hiredOn
                        + ", before this notice's window (from " + window.hiredFrom() + "): 16号 延续实施 the "
                        + "one-time job-expansion subsidy, so the policy in force on the hire day decides it, "
                        + "not this notice", basis.get(0)), basis));
                continue;
            }
            List<Failure> failures = new ArrayList<>();
            if (!employerIsEnterprise) {
                failures.add(failure("EMPLOYER_NOT_ENTERPRISE", "only enterprises receive the subsidy"));
            }
            if (!seen.add(hire.personId())) {
                failures.add(failure("PERSON_ALREADY_COUNTED", "the person is already counted for this enterprise"));
            }
            if (hiredOn.isAfter(window.hiredTo())) {
                failures.add(failure("HIRED_OUTSIDE_WINDOW", "hired on " + hiredOn + ", after the policy ended on "
                        + window.hiredTo() + " (政策执行至" + window.hiredTo() + ")"));
            }
            if (category == Category.COLLEGE_GRADUATE) {
                LocalDate left = Inputs.date(at + ".leftSchoolOn", hire.leftSchoolOn());
                boolean graduationYear = hiredOn.getYear() == left.getYear();
                boolean withinWindow = !hiredOn.isBefore(left)
                        && !hiredOn.isAfter(left.plusYears(graduateYears))
                        && hire.unemployedSinceLeavingSchool();
                if (!graduationYear && !withinWindow) {
                    failures.add(failure("NOT_ELIGIBLE_GRADUATE", "neither hired in the graduation year nor within "
                            + graduateYears + " years of leaving school while unemployed"));
                }
            } else {
                LocalDate born = Inputs.date(at + ".birthDate", hire.birthDate());
                boolean oldEnough = !born.plusYears(age.min()).isAfter(hiredOn);
                boolean youngEnough = born.plusYears(age.max() + 1L).isAfter(hiredOn);
                if (!oldEnough || !youngEnough) {
                    failures.add(failure("AGE_OUTSIDE_RANGE",
                            "not aged " + age.min() + "–" + age.max() + " on the hire day"));
                }
                if (!hire.registeredUnemployed()) {
                    failures.add(failure("NOT_REGISTERED_UNEMPLOYED", "not registered as unemployed"));
                }
            }
            if (!hire.labourContract()) {
                failures.add(failure("NO_LABOUR_CONTRACT", "no labour contract signed"));
            }
            if (hire.fullInsuranceMonths() < insuranceMonths) {
                failures.add(failure("INSURANCE_MONTHS_BELOW_MINIMUM",
                        "insurances paid in full for fewer than " + insuranceMonths + " months"));
            }
            BigDecimal amount = failures.isEmpty() ? Money.yuan(perHire) : Money.ZERO;
            if (failures.isEmpty()) {
                qualifying++;
                total = total.add(amount);
            }
            decisions.add(new HireDecision(hire.personId(),
                    failures.isEmpty() ? HireOutcome.QUALIFIES : HireOutcome.DOES_NOT_QUALIFY, failures.isEmpty(),
                    amount, List.copyOf(failures), null, basis));
        }
        return new JobExpansionDecision(employerIsEnterprise, List.copyOf(decisions), qualifying, predecessor, total,
                basis);
    }

    private static Failure failure(String code, String message) {
        return new Failure(code, Documents.YOUTH_EMPLOYMENT, ARTICLE, message);
    }
}
