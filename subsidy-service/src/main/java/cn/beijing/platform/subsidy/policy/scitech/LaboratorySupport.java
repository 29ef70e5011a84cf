package cn.beijing.platform.subsidy.policy.scitech;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import cn.beijing.platform.policy.Basis;
import cn.beijing.platform.policy.EffectiveDated;
import cn.beijing.platform.policy.Inputs;
import cn.beijing.platform.policy.Rule;
import cn.beijing.platform.policy.parameters.ParameterSet;
import cn.beijing.platform.subsidy.policy.Citation;
import cn.beijing.platform.subsidy.policy.Conditions;
import cn.beijing.platform.subsidy.policy.Documents;
import cn.beijing.platform.subsidy.policy.EventWindow;
import cn.beijing.platform.subsidy.policy.Failure;

/**
 * 措施16 高水平科研力量: a newly approved or newly introduced national (ministerial) key laboratory → one-time 500万;
 * Beijing key laboratory → 100万. "新获批或新引进" (附则9) is an approval, or a relocation of registration, tax and
 * statistics to Yizhuang with actual operation, within the policy period <em>including the year of issue</em> — an
 * exception to the general window of 附则1, cited on its own.
 */
@Rule(id = "sci-tech-culture-measure-16", document = Documents.SCI_TECH_CULTURE, article = "二、支持政策 16",
        parameters = {"sci-tech-culture-measure-16-laboratories", "sci-tech-culture-new-approval-period"})
public final class LaboratorySupport extends TermsMeasure<LaboratorySupport.Input, LaboratorySupport.Terms> {

    public static final String NEW_APPROVAL_ARTICLE = "三、附则 9";
    static final int MEASURE = 16;

    /** 万元 by level. */
    public record Terms(BigDecimal national, BigDecimal municipal) {
    }

    /** @param approvedOrIntroducedOn the approval day, or the day registration moved to Yizhuang */
    public record Input(SupportLevel level, boolean sciTechCultureField, LocalDate approvedOrIntroducedOn) {
    }

    private final EffectiveDated<EventWindow> newApprovalPeriod;

    public LaboratorySupport(ParameterSet parameters) {
        super(MEASURE, parameters, Terms.class);
        this.newApprovalPeriod = parameters.get("sci-tech-culture-new-approval-period", EventWindow.class);
    }

    @Override
    List<AwardPart> assess(Input in, LocalDate decisionDate, Conditions conditions) {
        SupportLevel level = Inputs.required("level", in.level());
        LocalDate approvedOn = Inputs.date("approvedOrIntroducedOn", in.approvedOrIntroducedOn());
        Terms t = terms(decisionDate);
        EventWindow window = Inputs.inForce(this.newApprovalPeriod, decisionDate);
        conditions.require(level != SupportLevel.NONE, "NOT_KEY_LABORATORY",
                        "not a national (ministerial) or Beijing key laboratory")
                .require(in.sciTechCultureField(), "OUTSIDE_FIELD", "not in online audiovisual, gaming/esports, "
                        + "press and publication, industrial design or a related field");
        if (!window.contains(approvedOn)) {
            conditions.fail(new Failure("NOT_NEWLY_APPROVED", Documents.SCI_TECH_CULTURE, NEW_APPROVAL_ARTICLE,
                    "approved or introduced on " + approvedOn + ", outside " + window.eventsFrom() + ".."
                            + window.eventsTo()));
        }
        return List.of(AwardPart.fixed(level.name(), level == SupportLevel.NATIONAL ? t.national() : t.municipal()));
    }

    @Override
    List<Basis> alsoCited(Input in, LocalDate decisionDate) {
        return List.of(Citation.of(Documents.SCI_TECH_CULTURE, NEW_APPROVAL_ARTICLE, decisionDate, newApprovalPeriod));
    }
}
