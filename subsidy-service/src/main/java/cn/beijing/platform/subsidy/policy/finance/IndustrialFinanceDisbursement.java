package cn.beijing.platform.subsidy.policy.finance;

import java.util.ArrayList;
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
 * Paying approved support under 京技管发〔2024〕33号 (see {@link ProgrammeDisbursement}). 就高不重复 across an
 * institution's approvals of the same year: the groups of 第十二条 ({第十一条, 第十二条}) and 第十四条 ({第三条, 第十三条,
 * 第十四条}) as {@link HighestOnlyRule} applies them within one application, 第四条's own "本条措施就高不重复享受"
 * (with its annual caps, one 第四条 support a year), and 三、附则 4 for claims an application declares the same project
 * (also against 31号 applications of the same project). Recovery: duplicated support under 三、附则 4; the document
 * prints no recovery for a false declaration — [platform rule] it is recovered like 31号 附则11 provides, as a
 * condition of 三、附则 2 was not met.
 */
@Rule(id = "industrial-finance-disbursement", document = Documents.INDUSTRIAL_FINANCE, article = "三、附则 4",
        parameters = "industrial-finance-disbursement")
public final class IndustrialFinanceDisbursement extends ProgrammeDisbursement {

    public IndustrialFinanceDisbursement(ParameterSet parameters, WorkingDayCalendar calendar) {
        super(parameters, calendar, "HIGHEST_ONLY_ALREADY_GRANTED");
    }

    /**
     * The exclusive groups of a claim under {@code article} (as printed, e.g. 第十二条) in {@code year}; a claim of
     * an application declared the same project ({@code sameProject}) also belongs to that project's group.
     */
    public List<ExclusiveGroup> groups(String article, boolean sameProject, String projectId, int year) {
        List<ExclusiveGroup> groups = new ArrayList<>();
        for (HighestOnlyRule.Group group : HighestOnlyRule.GROUPS) {
            if (group.articles().stream().map(FinanceSupportDecision::article).anyMatch(article::equals)) {
                groups.add(new ExclusiveGroup("33|" + year + "|" + group.article(),
                        Basis.of(Documents.INDUSTRIAL_FINANCE, group.article())));
            }
        }
        if (FinanceSupportDecision.article(4).equals(article)) {
            groups.add(new ExclusiveGroup("33|" + year + "|第四条", Basis.of(Documents.INDUSTRIAL_FINANCE, "第四条")));
        }
        if (sameProject) {
            groups.add(new ExclusiveGroup(SupportWithoutDuplication.sameProject(year, projectId), ruleArticle()));
        }
        return groups;
    }

    @Override
    protected Basis recoveryBasis(RecoveryGround ground, InForce<DisbursementTerms> terms) {
        return ground == RecoveryGround.DUPLICATE_SUPPORT ? ruleArticle()
                : Basis.of(Documents.INDUSTRIAL_FINANCE, "三、附则 2").withParameters(terms.version());
    }
}
