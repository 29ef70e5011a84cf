package cn.beijing.platform.energy.policy.renewal;

import cn.beijing.platform.policy.Inputs;
import cn.beijing.platform.policy.PolicyInputException;
import cn.beijing.platform.policy.Decides;
import cn.beijing.platform.policy.EffectiveDated;
import cn.beijing.platform.policy.InForce;
import cn.beijing.platform.policy.Rule;
import cn.beijing.platform.policy.parameters.ParameterNode;
import cn.beijing.platform.policy.parameters.ParameterSet;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import cn.beijing.platform.policy.Basis;
import cn.beijing.platform.energy.policy.EnergyDocuments;

/**
 * Old-building classes of 京建法〔2024〕14号 第二条 and the owner's obligations of 第七条.
 * <ul>
 *   <li>Class 1: built before 1980 ("1980年以前建成") and not seismically appraised and reinforced, or with another
 *       building-safety hazard not appraised and reinforced.</li>
 *   <li>Class 2: built before 2005 ("2005年前建成") and not energy-retrofitted, or energy use above 80% of the
 *       standard constraint value in two consecutive years ("连续两年用能超过标准约束值百分之八十": {@code E > 0.8·C}
 *       in years Y−1 and Y).</li>
 * </ul>
 * Obligations (第七条): any ledger building — renewal and an energy audit encouraged; class 2 by consumption —
 * energy-saving retrofit required; class 1 — structural safety appraisal (房屋结构综合安全性鉴定) and the measures
 * the report recommends; danger grade C/D (《危险房屋鉴定标准》) or structural/seismic grade C/D
 * (《房屋结构综合安全性鉴定标准》) — use or stop use as the report says and renew promptly; an owner unable to renew
 * may apply to the district for purchase.
 * <p>A recorded appraisal moves a building in or out of class 1 (第二条 "未进行鉴定与加固", 第七条第二款):
 * <ul>
 *   <li>in: a danger grade or a structural/seismic grade C or D whose measures are not completed is a confirmed
 *       safety hazard ({@link Reason#CLASS_ONE_UNRESOLVED_SAFETY_HAZARD}), whatever the building's age;</li>
 *   <li>out: the measures the report recommends are completed, or [platform rule] every grade of the report is one
 *       that needs no measure (parameter {@code old-building-appraisal-no-measure-grades}, shipped: A). This ends
 *       an unresolved hazard; it ends "built before 1980 without seismic appraisal and reinforcement" only when the
 *       report gives a structural or seismic grade (结构安全或抗震等级): a danger grade alone is no seismic
 *       appraisal.</li>
 * </ul>
 */
@Rule(id = "old-building-classification", document = EnergyDocuments.RENEWAL, article = "第二条", parameters = {
        "old-building-class-one-cutoff", "old-building-class-two-cutoff", "old-building-consumption-share",
        "old-building-consecutive-years", "old-building-appraisal-no-measure-grades"})
public final class OldBuildingClassification implements Decides<OldBuildingClassification.Input, OldBuildingClassification.Decision> {

    /**
     * A construction-year cutoff. [platform rule] "以前"/"前" is not defined by 民法典 第一千二百五十九条; whether the
     * cutoff year itself counts is the parameter {@code cutoff_year_included} (shipped: not included).
     */
    public record ConstructionCutoff(int year, boolean cutoffYearIncluded) {
        public boolean builtBefore(int completionYear) {
            return completionYear < year || (cutoffYearIncluded && completionYear == year);
        }
    }


    /** Annual comprehensive intensity E and the constraint value C of the building's type, same unit. */
    public record AnnualIntensity(int year, BigDecimal intensity, BigDecimal constraintValue) {
    }

    public enum AppraisalGrade { A, B, C, D }

    /**
     * Result of the structural safety appraisal required for class 1 (第七条第二款), the latest recorded.
     *
     * @param dangerGrade              房屋危险性等级 under 《危险房屋鉴定标准》, or {@code null}
     * @param structuralOrSeismicGrade 结构安全或抗震等级 under 《房屋结构综合安全性鉴定标准》, or {@code null}
     * @param measuresCompleted        the repair, reinforcement or other danger-removal measures the report
     *                                 recommends are completed (修缮、加固等解除危险的更新改造措施)
     */
    public record SafetyAppraisal(AppraisalGrade dangerGrade, AppraisalGrade structuralOrSeismicGrade,
                                  boolean measuresCompleted) {
    }

    /** Grades for which an appraisal needs no measure ({@code old-building-appraisal-no-measure-grades}). */
    public record NoMeasureGrades(List<AppraisalGrade> grades) {
        public NoMeasureGrades {
            grades = List.copyOf(grades);
        }
    }

    /**
     * @param inRenewalScope                  in Beijing's built-up area, mainly office or commercial-service use
     *                                        (第二条第一款)
     * @param completionYear                  year the building was completed (建成)
     * @param seismicallyAppraisedAndReinforced has had a seismic appraisal and reinforcement (抗震鉴定与加固)
     * @param otherSafetyHazardUnresolved     has another building-safety hazard not appraised and reinforced
     * @param energyRetrofitted               has had an energy-saving retrofit (节能改造)
     * @param assessmentYear                  Y: the last year of consumption considered
     * @param intensities                     E and C by year (Y−1 and Y matter)
     * @param appraisal                       appraisal result, {@code null} if none yet
     */
    public record Input(boolean inRenewalScope, int completionYear, boolean seismicallyAppraisedAndReinforced,
                        boolean otherSafetyHazardUnresolved, boolean energyRetrofitted, int assessmentYear,
                        List<AnnualIntensity> intensities, SafetyAppraisal appraisal) {
    }

    public enum Reason {
        /** 第一类: 1980年以前建成且未进行抗震鉴定与加固. */
        CLASS_ONE_BUILT_EARLY_WITHOUT_SEISMIC_REINFORCEMENT,
        /** 第一类: 其他存在建筑安全隐患且未进行鉴定与加固. */
        CLASS_ONE_UNRESOLVED_SAFETY_HAZARD,
        /** 第二类: 2005年前建成且未进行节能改造. */
        CLASS_TWO_BUILT_EARLY_WITHOUT_ENERGY_RETROFIT,
        /** 第二类: 连续两年用能超过标准约束值百分之八十. */
        CLASS_TWO_CONSUMPTION_ABOVE_CONSTRAINT_SHARE
    }

    /** Obligations and options of 第七条. */
    public enum Obligation {
        /** 第七条第一款: 鼓励物业权利人主动推动、配合更新. */
        RENEWAL_ENCOURAGED,
        /** 第七条第一款: 鼓励物业权利人对楼宇进行能源审计. */
        ENERGY_AUDIT_ENCOURAGED,
        /** 第七条第一款: 连续两年用能超过标准约束值百分之八十 → 应当实施节能绿色化改造. */
        ENERGY_RETROFIT_REQUIRED,
        /** 第七条第二款: 第一类 → 应当进行房屋结构综合安全性鉴定 (no appraisal on record). */
        STRUCTURAL_SAFETY_APPRAISAL_REQUIRED,
        /** 第七条第二款: 根据鉴定报告的处理建议采取修缮、加固等解除危险的更新改造措施. */
        DANGER_REMOVAL_PER_APPRAISAL_REPORT,
        /** 第七条第二款 (一)(二): C/D 级 → 根据处理建议使用或停止使用楼宇. */
        USE_OR_STOP_USE_PER_APPRAISAL_REPORT,
        /** 第七条第二款 (一)(二): C/D 级 → 及时进行更新. */
        PROMPT_RENEWAL_REQUIRED,
        /** 第七条第二款: 没有能力更新的, 可以向区人民政府申请收购建筑物、退回土地. */
        DISTRICT_PURCHASE_APPLICATION_AVAILABLE
    }

    public record Decision(boolean inRenewalScope, boolean classOne, boolean classTwo, List<Reason> reasons,
                           List<Obligation> obligations, List<Basis> basis) {
        public Decision {
            reasons = List.copyOf(reasons);
            obligations = List.copyOf(obligations);
            basis = List.copyOf(basis);
        }
    }

    /** 1980 (第二条 第一类). */
    private final EffectiveDated<ConstructionCutoff> classOneCutoff;
    /** 2005 (第二条 第二类). */
    private final EffectiveDated<ConstructionCutoff> classTwoCutoff;
    /** 0.80 (第二条 "百分之八十", 第七条). */
    private final EffectiveDated<BigDecimal> consumptionShareOfConstraint;
    /** 2 (第二条, 第七条 "连续两年"). */
    private final EffectiveDated<Integer> consecutiveYears;
    /** [A] (platform rule on 第二条 "鉴定与加固"). */
    private final EffectiveDated<NoMeasureGrades> noMeasureGrades;
    private final RenewalTrialPeriod trialPeriod;

    public OldBuildingClassification(ParameterSet parameters, RenewalTrialPeriod trialPeriod) {
        classOneCutoff = parameters.get("old-building-class-one-cutoff", ConstructionCutoff.class);
        classTwoCutoff = parameters.get("old-building-class-two-cutoff", ConstructionCutoff.class);
        consumptionShareOfConstraint = parameters.get("old-building-consumption-share", ParameterNode::ratio);
        consecutiveYears = parameters.get("old-building-consecutive-years", ParameterNode::positiveInteger);
        noMeasureGrades = parameters.get("old-building-appraisal-no-measure-grades", NoMeasureGrades.class);
        this.trialPeriod = Objects.requireNonNull(trialPeriod, "trialPeriod");
    }

    @Override
    public Decision decide(Input input, LocalDate decisionDate) {
        Inputs.required("input", input);
        RenewalTrialPeriod.Validity validity = trialPeriod.requireInForce(decisionDate, "decisionDate");
        InForce<ConstructionCutoff> classOneCutoff = this.classOneCutoff.on(decisionDate);
        InForce<ConstructionCutoff> classTwoCutoff = this.classTwoCutoff.on(decisionDate);
        InForce<BigDecimal> share = consumptionShareOfConstraint.on(decisionDate);
        InForce<Integer> consecutiveYears = this.consecutiveYears.on(decisionDate);

        Map<Integer, AnnualIntensity> byYear = new HashMap<>();
        List<AnnualIntensity> intensities = input.intensities() == null ? List.of() : input.intensities();
        for (int i = 0; i < intensities.size(); i++) {
            String at = "intensities[" + i + "]";
            AnnualIntensity entry = Inputs.required(at, intensities.get(i));
            Inputs.nonNegative(at + ".intensity", entry.intensity());
            Inputs.positive(at + ".constraintValue", entry.constraintValue());
            if (byYear.put(entry.year(), entry) != null) {
                throw new PolicyInputException(at + ".year", "year " + entry.year() + " appears twice");
            }
        }

        List<Basis> basis = new ArrayList<>();
        basis.addAll(validity.basis());
        if (!input.inRenewalScope()) {
            basis.add(EnergyDocuments.renewal("第二条"));
            return new Decision(false, false, false, List.of(), List.of(), basis);
        }

        SafetyAppraisal appraisal = input.appraisal();
        InForce<NoMeasureGrades> noMeasure = this.noMeasureGrades.on(decisionDate);
        boolean hazardRemoved = false;
        boolean seismicAppraisalCompleted = false;
        boolean hazardConfirmed = false;
        if (appraisal != null) {
            if (appraisal.dangerGrade() == null && appraisal.structuralOrSeismicGrade() == null) {
                throw new PolicyInputException("appraisal", "names a danger grade or a structural or seismic grade");
            }
            hazardRemoved = appraisal.measuresCompleted() || noMeasureNeeded(appraisal, noMeasure.value());
            seismicAppraisalCompleted = hazardRemoved && appraisal.structuralOrSeismicGrade() != null;
            hazardConfirmed = !appraisal.measuresCompleted()
                    && (severe(appraisal.dangerGrade()) || severe(appraisal.structuralOrSeismicGrade()));
        }
        List<Reason> reasons = new ArrayList<>();
        if (classOneCutoff.value().builtBefore(input.completionYear()) && !input.seismicallyAppraisedAndReinforced()
                && !seismicAppraisalCompleted) {
            reasons.add(Reason.CLASS_ONE_BUILT_EARLY_WITHOUT_SEISMIC_REINFORCEMENT);
        }
        if ((input.otherSafetyHazardUnresolved() && !hazardRemoved) || hazardConfirmed) {
            reasons.add(Reason.CLASS_ONE_UNRESOLVED_SAFETY_HAZARD);
        }
        if (classTwoCutoff.value().builtBefore(input.completionYear()) && !input.energyRetrofitted()) {
            reasons.add(Reason.CLASS_TWO_BUILT_EARLY_WITHOUT_ENERGY_RETROFIT);
        }
        boolean aboveShare = true;
        for (int y = input.assessmentYear() - consecutiveYears.value() + 1; y <= input.assessmentYear(); y++) {
            AnnualIntensity year = byYear.get(y);
            // 超过 … 百分之八十: strictly E > 0.8·C
            aboveShare &= year != null
                    && year.intensity().compareTo(share.value().multiply(year.constraintValue())) > 0;
        }
        if (aboveShare) {
            reasons.add(Reason.CLASS_TWO_CONSUMPTION_ABOVE_CONSTRAINT_SHARE);
        }
        boolean classOne = reasons.contains(Reason.CLASS_ONE_BUILT_EARLY_WITHOUT_SEISMIC_REINFORCEMENT)
                || reasons.contains(Reason.CLASS_ONE_UNRESOLVED_SAFETY_HAZARD);
        boolean classTwo = reasons.contains(Reason.CLASS_TWO_BUILT_EARLY_WITHOUT_ENERGY_RETROFIT) || aboveShare;
        basis.add(EnergyDocuments.withAll(EnergyDocuments.renewal("第二条"), classOneCutoff, classTwoCutoff, share,
                consecutiveYears));
        if (appraisal != null) {
            basis.add(EnergyDocuments.renewal("第七条第二款", noMeasure));
        }

        List<Obligation> obligations = new ArrayList<>();
        if (classOne || classTwo) {
            obligations.add(Obligation.RENEWAL_ENCOURAGED);
            obligations.add(Obligation.ENERGY_AUDIT_ENCOURAGED);
        }
        if (aboveShare) {
            obligations.add(Obligation.ENERGY_RETROFIT_REQUIRED);
        }
        if (classOne) {
            if (appraisal == null) {
                obligations.add(Obligation.STRUCTURAL_SAFETY_APPRAISAL_REQUIRED);
            } else {
                obligations.add(Obligation.DANGER_REMOVAL_PER_APPRAISAL_REPORT);
                if (severe(appraisal.dangerGrade()) || severe(appraisal.structuralOrSeismicGrade())) {
                    obligations.add(Obligation.USE_OR_STOP_USE_PER_APPRAISAL_REPORT);
                    obligations.add(Obligation.PROMPT_RENEWAL_REQUIRED);
                    obligations.add(Obligation.DISTRICT_PURCHASE_APPLICATION_AVAILABLE);
                }
            }
        }
        if (!obligations.isEmpty()) {
            basis.add(EnergyDocuments.withAll(EnergyDocuments.renewal("第七条"), share, consecutiveYears));
        }
        return new Decision(true, classOne, classTwo, reasons, obligations, basis);
    }

    /** Every grade the report gives needs no measure. */
    private static boolean noMeasureNeeded(SafetyAppraisal appraisal, NoMeasureGrades grades) {
        return (appraisal.dangerGrade() == null || grades.grades().contains(appraisal.dangerGrade()))
                && (appraisal.structuralOrSeismicGrade() == null
                || grades.grades().contains(appraisal.structuralOrSeismicGrade()));
    }

    /** 第七条第二款 (一)(二): 等级为C、D级. */
    private static boolean severe(AppraisalGrade grade) {
        return grade == AppraisalGrade.C || grade == AppraisalGrade.D;
    }
}
