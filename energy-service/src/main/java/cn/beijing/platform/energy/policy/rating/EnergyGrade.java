package cn.beijing.platform.energy.policy.rating;

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
import java.util.List;
import java.util.Objects;
import java.util.Set;

import cn.beijing.platform.policy.Basis;
import cn.beijing.platform.energy.policy.EnergyDocuments;

/**
 * Energy-efficiency grade of a public building (京建法〔2024〕12号 第五条) and what follows from it:
 * obligations (第九条), label application (第八条), demonstration selection (第十二条), green-building
 * label (第十五条(一)).
 *
 * <pre>
 * grade 1: E <= G            ("不超过引导值")
 * grade 2: G < E <= C
 * grade 3: C < E <= 1.5·C
 * grade 4: 1.5·C < E <= 1.8·C
 * grade 5: E > 1.8·C
 * </pre>
 * The multipliers are effective-dated ("适时调整能效分级规则"). G and C come from the building type's row of the
 * imported DB11/T 1413 table; they are inputs here.
 */
@Rule(id = "energy-grade", document = EnergyDocuments.RATING, article = "第五条", parameters = {
        "energy-grade-multipliers", "energy-grade-obligations", "demonstration-eligible-grades",
        "green-building-label-eligible-grades"})
public final class EnergyGrade implements Decides<EnergyGrade.Input, EnergyGrade.Decision> {

    /** Grades as printed (一级 … 五级). */
    public enum Level {
        ONE(1), TWO(2), THREE(3), FOUR(4), FIVE(5);

        private final int number;

        Level(int number) {
            this.number = number;
        }

        public int number() {
            return number;
        }

        public static Level of(int number, String field) {
            for (Level level : values()) {
                if (level.number == number) {
                    return level;
                }
            }
            throw new PolicyInputException(field, "grade must be 1 to 5 (was " + number + ")");
        }
    }

    /** Upper bounds of grades 3 and 4 as multiples of the constraint value (1.5 and 1.8 from 2025-02-01). */
    public record Multipliers(BigDecimal thirdGradeUpper, BigDecimal fourthGradeUpper) {
        public Multipliers {
            Objects.requireNonNull(thirdGradeUpper, "thirdGradeUpper");
            Objects.requireNonNull(fourthGradeUpper, "fourthGradeUpper");
            if (thirdGradeUpper.compareTo(BigDecimal.ONE) <= 0 || fourthGradeUpper.compareTo(thirdGradeUpper) <= 0) {
                throw new IllegalArgumentException("need 1 < thirdGradeUpper < fourthGradeUpper");
            }
        }
    }

    /** 第九条: which grades carry which obligations. */
    public record ObligationGrades(Set<Integer> greenOperationGrades, Set<Integer> deepAuditGrades) {
        public ObligationGrades {
            greenOperationGrades = Set.copyOf(greenOperationGrades);
            deepAuditGrades = Set.copyOf(deepAuditGrades);
        }
    }


    /** Obligation codes of 第九条. */
    public enum Obligation {
        /** 三级、四级: 健全绿色运行维护管理制度, 设置专人负责, 查找影响能效的因素, 采取改进措施. */
        GREEN_OPERATION_MANAGEMENT,
        /** 三级、四级: 可登录服务系统进行一般能源审计 (offered, not required). */
        GENERAL_AUDIT_OFFERED,
        /** 五级: 按《公共建筑能源审计技术通则》开展深度能源审计. */
        DEEP_AUDIT,
        /** 五级: 对主要用能设备进行节能检测和诊断. */
        EQUIPMENT_DIAGNOSIS
    }

    /**
     * @param intensity       annual comprehensive energy-use intensity E (kgce/m²)
     * @param guideValue      引导值 G of the building type (kgce/m²)
     * @param constraintValue 约束值 C of the building type (kgce/m²)
     */
    public record Input(BigDecimal intensity, BigDecimal guideValue, BigDecimal constraintValue) {
    }

    /**
     * @param grade                      1 to 5
     * @param labelEligible              may apply for the energy-grade label (第八条: any grade)
     * @param demonstrationEligible      may apply for demonstration selection (第十二条)
     * @param greenBuildingLabelEligible meets the grade condition for a green-building label (第十五条(一))
     * @param thirdGradeUpperBound       1.5·C under the multipliers applied
     * @param fourthGradeUpperBound      1.8·C under the multipliers applied
     */
    public record Decision(int grade, List<Obligation> obligations, boolean labelEligible,
                           boolean demonstrationEligible, boolean greenBuildingLabelEligible,
                           BigDecimal thirdGradeUpperBound, BigDecimal fourthGradeUpperBound, List<Basis> basis) {
        public Decision {
            obligations = List.copyOf(obligations);
            basis = List.copyOf(basis);
        }
    }

    private final EffectiveDated<Multipliers> multipliers;
    private final EffectiveDated<ObligationGrades> obligationGrades;
    private final EffectiveDated<Set<Integer>> demonstrationGrades;
    private final EffectiveDated<Set<Integer>> greenBuildingLabelGrades;

    public EnergyGrade(ParameterSet parameters) {
        multipliers = parameters.get("energy-grade-multipliers", v -> new Multipliers(
                v.decimal("third_grade_upper_multiplier"), v.decimal("fourth_grade_upper_multiplier")));
        obligationGrades = parameters.get("energy-grade-obligations", v -> new ObligationGrades(
                grades(v.get("green_operation_grades")), grades(v.get("deep_audit_grades"))));
        demonstrationGrades = parameters.get("demonstration-eligible-grades", v -> grades(v.get("grades")));
        greenBuildingLabelGrades = parameters.get("green-building-label-eligible-grades", v -> grades(v.get("grades")));
    }

    /** A non-empty list of distinct grades, each 1 to 5. */
    private static Set<Integer> grades(ParameterNode list) {
        Set<Integer> grades = new java.util.LinkedHashSet<>();
        for (ParameterNode item : list.list()) {
            int grade = item.integer();
            if (grade < 1 || grade > 5 || !grades.add(grade)) {
                throw item.fail(grade + " is not a grade, or appears twice");
            }
        }
        if (grades.isEmpty()) {
            throw list.fail("names no grade");
        }
        return grades;
    }

    @Override
    public Decision decide(Input input, LocalDate decisionDate) {
        Inputs.required("input", input);
        Inputs.required("decisionDate", decisionDate);
        BigDecimal e = Inputs.nonNegative("intensity", input.intensity());
        BigDecimal g = Inputs.positive("guideValue", input.guideValue());
        BigDecimal c = Inputs.positive("constraintValue", input.constraintValue());
        if (g.compareTo(c) > 0) {
            throw new PolicyInputException("guideValue", "guide value " + g.toPlainString()
                    + " exceeds constraint value " + c.toPlainString());
        }
        InForce<Multipliers> multipliers = this.multipliers.on(decisionDate);
        InForce<ObligationGrades> obligationGrades = this.obligationGrades.on(decisionDate);
        InForce<Set<Integer>> demonstration = demonstrationGrades.on(decisionDate);
        InForce<Set<Integer>> greenLabel = greenBuildingLabelGrades.on(decisionDate);

        BigDecimal thirdUpper = c.multiply(multipliers.value().thirdGradeUpper());
        BigDecimal fourthUpper = c.multiply(multipliers.value().fourthGradeUpper());
        Level level = grade(e, g, c, thirdUpper, fourthUpper);
        int grade = level.number();

        List<Basis> basis = new ArrayList<>();
        basis.add(EnergyDocuments.rating("第五条", multipliers));

        List<Obligation> obligations = new ArrayList<>();
        if (obligationGrades.value().greenOperationGrades().contains(grade)) {
            obligations.add(Obligation.GREEN_OPERATION_MANAGEMENT);
            obligations.add(Obligation.GENERAL_AUDIT_OFFERED);
        }
        if (obligationGrades.value().deepAuditGrades().contains(grade)) {
            obligations.add(Obligation.DEEP_AUDIT);
            obligations.add(Obligation.EQUIPMENT_DIAGNOSIS);
        }
        if (!obligations.isEmpty()) {
            basis.add(EnergyDocuments.rating("第九条", obligationGrades));
        }
        // 第八条第四款: 所有权人可通过服务系统申请建筑能效等级标识 — no grade condition.
        basis.add(EnergyDocuments.rating("第八条"));
        boolean demonstrationEligible = demonstration.value().contains(grade);
        basis.add(EnergyDocuments.rating("第十二条", demonstration));
        boolean greenLabelEligible = greenLabel.value().contains(grade);
        basis.add(EnergyDocuments.rating("第十五条(一)", greenLabel));

        return new Decision(grade, obligations, true, demonstrationEligible, greenLabelEligible, thirdUpper,
                fourthUpper, basis);
    }

    private static Level grade(BigDecimal e, BigDecimal g, BigDecimal c, BigDecimal thirdUpper,
                               BigDecimal fourthUpper) {
        if (e.compareTo(g) <= 0) {
            return Level.ONE;             // 不超过引导值
        }
        if (e.compareTo(c) <= 0) {
            return Level.TWO;             // 超过引导值但不超过约束值
        }
        if (e.compareTo(thirdUpper) <= 0) {
            return Level.THREE;           // 超过约束值但不超过约束值的1.5倍
        }
        if (e.compareTo(fourthUpper) <= 0) {
            return Level.FOUR;            // 超过1.5倍但不超过1.8倍
        }
        return Level.FIVE;                // 超过约束值的1.8倍
    }
}
