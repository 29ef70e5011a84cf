package cn.beijing.platform.subsidy.policy.scitech;

import java.util.List;

import cn.beijing.platform.policy.Basis;
import cn.beijing.platform.policy.InForce;
import cn.beijing.platform.policy.Rule;
import cn.beijing.platform.policy.calendar.WorkingDayCalendar;
import cn.beijing.platform.policy.parameters.ParameterSet;
import cn.beijing.platform.subsidy.policy.DisbursementTerms;
import cn.beijing.platform.subsidy.policy.Documents;
import cn.beijing.platform.subsidy.policy.ProgrammeDisbursement;
import cn.beijing.platform.subsidy.policy.SupportWithoutDuplication;
import cn.beijing.platform.subsidy.policy.SupportWithoutDuplication.ExclusiveGroup;

/**
 * Paying approved support under 京技管发〔2024〕31号 (see {@link ProgrammeDisbursement}). 从优不重复 (三、附则 12)
 * across approvals: one project of one enterprise gets the best support of a year once, under this or another
 * Yizhuang policy (also 33号 applications declared the same project). Recovery as printed: 三、附则 11 "如企业存在
 * 瞒报、虚假申报等行为，经查实后，追缴所获支持"; duplicated support under 三、附则 12.
 */
@Rule(id = "sci-tech-culture-disbursement", document = Documents.SCI_TECH_CULTURE, article = BestOnlyRule.ARTICLE,
        parameters = "sci-tech-culture-disbursement")
public final class SciTechCultureDisbursement extends ProgrammeDisbursement {

    public SciTechCultureDisbursement(ParameterSet parameters, WorkingDayCalendar calendar) {
        super(parameters, calendar, "BEST_ONLY_ALREADY_GRANTED");
    }

    /** Every cash claim of a project belongs to the project's group of the year. */
    public List<ExclusiveGroup> groups(String projectId, int year) {
        return List.of(new ExclusiveGroup(SupportWithoutDuplication.sameProject(year, projectId), ruleArticle()));
    }

    @Override
    protected Basis recoveryBasis(RecoveryGround ground, InForce<DisbursementTerms> terms) {
        return ground == RecoveryGround.DUPLICATE_SUPPORT ? ruleArticle()
                : Basis.of(Documents.SCI_TECH_CULTURE, "三、附则 11");
    }
}
