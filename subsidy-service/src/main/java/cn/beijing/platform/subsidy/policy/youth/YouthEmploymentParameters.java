package cn.beijing.platform.subsidy.policy.youth;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

import cn.beijing.platform.subsidy.policy.Parameter;

/** The parameters of 京人社毕发〔2024〕16号 一、(一), loaded from {@code policy/youth-job-expansion-*.yaml}. */
public record YouthEmploymentParameters(
        Parameter<BigDecimal> subsidyPerHire,
        Parameter<HireWindow> hireWindow,
        Parameter<Integer> insuranceMonths,
        Parameter<AgeRange> youthAge,
        Parameter<Integer> graduateWindowYears) {

    public YouthEmploymentParameters {
        Objects.requireNonNull(subsidyPerHire);
        Objects.requireNonNull(hireWindow);
        Objects.requireNonNull(insuranceMonths);
        Objects.requireNonNull(youthAge);
        Objects.requireNonNull(graduateWindowYears);
    }

    /** Hires from {@code hiredFrom} to {@code hiredTo}, both inclusive. */
    public record HireWindow(LocalDate hiredFrom, LocalDate hiredTo) {
    }

    /** Ages in whole years, both inclusive. */
    public record AgeRange(int min, int max) {
    }
}
