package cn.beijing.platform.subsidy.parameters;

import java.util.Objects;

import cn.beijing.platform.subsidy.policy.finance.IndustrialFinanceParameters;
import cn.beijing.platform.subsidy.policy.kindergarten.KindergartenParameters;
import cn.beijing.platform.subsidy.policy.scitech.SciTechCultureParameters;
import cn.beijing.platform.subsidy.policy.youth.YouthEmploymentParameters;

/** Every parameter of the subsidy service, one record per document. */
public record SubsidyParameters(KindergartenParameters kindergarten, SciTechCultureParameters sciTechCulture,
                                IndustrialFinanceParameters industrialFinance,
                                YouthEmploymentParameters youthEmployment) {

    public SubsidyParameters {
        Objects.requireNonNull(kindergarten);
        Objects.requireNonNull(sciTechCulture);
        Objects.requireNonNull(industrialFinance);
        Objects.requireNonNull(youthEmployment);
    }
}
