package cn.beijing.platform.medical.policy;

import java.math.BigDecimal;
import java.time.LocalDate;

import cn.beijing.platform.medical.parameters.MedicalInsuranceParameterFiles;
import cn.beijing.platform.medical.parameters.MedicalInsuranceParameters;

/** The shipped parameter files, loaded once through the real loader, for every test. */
final class ShippedParameters {

    static final MedicalInsuranceParameters PARAMETERS = MedicalInsuranceParameterFiles.shipped();

    private ShippedParameters() {
    }

    static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }
}
