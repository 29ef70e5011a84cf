package cn.beijing.platform.subsidy.policy.youth;

import java.util.List;

import cn.beijing.platform.policy.Basis;
import cn.beijing.platform.policy.InForce;
import cn.beijing.platform.policy.Rule;
import cn.beijing.platform.policy.calendar.WorkingDayCalendar;
import cn.beijing.platform.policy.parameters.ParameterSet;
import cn.beijing.platform.subsidy.policy.DisbursementTerms;
import cn.beijing.platform.subsidy.policy.Documents;
import cn.beijing.platform.subsidy.policy.ProgrammeDisbursement;
import cn.beijing.platform.subsidy.policy.SupportWithoutDuplication.ExclusiveGroup;

/**
 * Paying approved 一次性扩岗补助 under 京人社毕发〔2024〕16号 一、(一) (see {@link ProgrammeDisbursement}): one-time —
 * a hire already subsidised to the same enterprise by an earlier approval is not paid again, whatever the year.
 * [platform rule] no public notice (the notice prints none; the amount is fixed per hire and "所需资金从就业补助资金
 * 支出"); false declaration and duplicated support are recovered (the notice prints no recovery).
 */
@Rule(id = "youth-job-expansion-disbursement", document = Documents.YOUTH_EMPLOYMENT, article = "一、(一)",
        parameters = "youth-job-expansion-disbursement")
public final class JobExpansionDisbursement extends ProgrammeDisbursement {

    public JobExpansionDisbursement(ParameterSet parameters, WorkingDayCalendar calendar) {
        super(parameters, calendar, "HIRE_ALREADY_SUBSIDISED");
    }

    /** One hire of one enterprise is one group, whatever the year ("一次性"). */
    public List<ExclusiveGroup> groups(String personId) {
        return List.of(new ExclusiveGroup("16|hire|" + personId, ruleArticle()));
    }

    @Override
    protected Basis recoveryBasis(RecoveryGround ground, InForce<DisbursementTerms> terms) {
        return ruleArticle().withParameters(terms.version());
    }
}
