package cn.beijing.platform.subsidy.policy.kindergarten;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import cn.beijing.platform.subsidy.policy.kindergarten.DocumentChecklist.ApplicationDocument;
import cn.beijing.platform.subsidy.policy.kindergarten.DocumentChecklist.SubsidyKind;

/**
 * What a kindergarten applies for (第十一条) with the documents of 第十三条 and the facts of the rent (第六条) and
 * preschool-aid (第八条) subsidies it claims.
 *
 * @param appliedOn the application day; none means the day it is submitted
 */
public record ApplicationSubmission(UUID kindergartenId, int year, Set<SubsidyKind> kinds,
                                    Set<ApplicationDocument> documents, LocalDate appliedOn, RentClaim rent,
                                    AidClaim aid) {
}
