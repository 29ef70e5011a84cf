package cn.beijing.platform.subsidy.programmes;

import java.util.List;

import cn.beijing.platform.subsidy.policy.ProgrammeDisbursement;
import cn.beijing.platform.subsidy.policy.SupportWithoutDuplication.ExclusiveGroup;
import cn.beijing.platform.subsidy.policy.finance.IndustrialFinanceDisbursement;
import cn.beijing.platform.subsidy.policy.scitech.SciTechCultureDisbursement;
import cn.beijing.platform.subsidy.policy.youth.JobExpansionDisbursement;
import cn.beijing.platform.subsidy.store.ProgrammeStore.ClaimRow;
import cn.beijing.platform.subsidy.store.ProgrammeStore.ProgrammeApplicationRow;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/** The disbursement rule of each programme and the exclusive groups of a claim under it. */
@Component
@RequiredArgsConstructor
class Disbursements {

    /** A 16号 claim's clause: {@code HIRE <personId>}. */
    static final String HIRE = "HIRE ";

    private final SciTechCultureDisbursement sciTechCulture;
    private final IndustrialFinanceDisbursement industrialFinance;
    private final JobExpansionDisbursement jobExpansion;

    ProgrammeDisbursement of(Programme programme) {
        return switch (programme) {
            case SCI_TECH_CULTURE -> sciTechCulture;
            case INDUSTRIAL_FINANCE -> industrialFinance;
            case YOUTH_EMPLOYMENT -> jobExpansion;
        };
    }

    /** The groups a granted claim of {@code a} belongs to in {@code year}. */
    List<ExclusiveGroup> groups(ProgrammeApplicationRow a, ClaimRow claim, int year) {
        return groups(Programme.valueOf(a.programme()), a.projectId(), a.sameProject(), claim.article(),
                claim.clause(), year);
    }

    /** The groups of a claim under {@code article} (16号: {@code clause} names the hire) in {@code year}. */
    List<ExclusiveGroup> groups(Programme programme, String projectId, boolean sameProject, String article,
                                String clause, int year) {
        return switch (programme) {
            case SCI_TECH_CULTURE -> sciTechCulture.groups(projectId, year);
            case INDUSTRIAL_FINANCE -> industrialFinance.groups(article, sameProject, projectId, year);
            case YOUTH_EMPLOYMENT -> jobExpansion.groups(clause.substring(HIRE.length()));
        };
    }
}
