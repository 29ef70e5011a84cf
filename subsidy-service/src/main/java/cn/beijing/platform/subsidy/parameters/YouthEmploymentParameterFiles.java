package cn.beijing.platform.subsidy.parameters;

import java.util.List;

import cn.beijing.platform.subsidy.policy.youth.YouthEmploymentParameters;

/** Maps {@code policy/youth-job-expansion-*.yaml} (京人社毕发〔2024〕16号) onto {@link YouthEmploymentParameters}. */
final class YouthEmploymentParameterFiles {

    static final List<String> NAMES = List.of(
            "youth-job-expansion-subsidy-amount", "youth-job-expansion-hire-window",
            "youth-job-expansion-insurance-months", "youth-job-expansion-youth-age",
            "youth-job-expansion-graduate-window");

    private YouthEmploymentParameterFiles() {
    }

    static YouthEmploymentParameters load(ParameterFileReader r) {
        return new YouthEmploymentParameters(
                r.read("youth-job-expansion-subsidy-amount", ParameterValue::decimal),
                r.read("youth-job-expansion-hire-window", v -> new YouthEmploymentParameters.HireWindow(
                        v.date("hired_from"), v.date("hired_to"))),
                r.read("youth-job-expansion-insurance-months", ParameterValue::integer),
                r.read("youth-job-expansion-youth-age", v -> new YouthEmploymentParameters.AgeRange(
                        v.integer("min"), v.integer("max"))),
                r.read("youth-job-expansion-graduate-window", ParameterValue::integer));
    }
}
