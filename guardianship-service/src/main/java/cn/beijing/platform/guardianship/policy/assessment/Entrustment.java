package cn.beijing.platform.guardianship.policy.assessment;

import java.util.List;

/**
 * An agency entrusting the assessment to a third-party organisation (第七条).
 *
 * @param writtenAgreementSigned   "应当签订委托协议"
 * @param entrustedMattersSpecified "明确委托事项"
 */
public record Entrustment(
        Boolean writtenAgreementSigned,
        Boolean entrustedMattersSpecified,
        ThirdPartyOrganisation organisation,
        List<ThirdPartyAssessor> assessors) {
}
