package cn.beijing.platform.subsidy.policy;

import cn.beijing.platform.policy.parameters.ParameterKey;

/**
 * How the support of a programme document is paid once approved (兑现), where the document is silent (parameter
 * {@code <programme>-disbursement}, [platform rule]):
 *
 * @param publicNoticeWorkingDays   the approved list is published for at least this many working days before payment
 *                                  (0: no notice, payment is scheduled on approval)
 * @param laterHigherClaimTopsUp    a later claim above what its exclusive group already received is paid the
 *                                  difference ({@link SupportWithoutDuplication}); {@code null} where no claim can
 *                                  be higher (a fixed amount)
 * @param falseDeclarationRecovered support obtained by false declaration is recovered (printed in 31号 附则11)
 * @param sameYearBy                which date's year makes two approvals "the same year" for exclusive groups that
 *                                  are counted per year; {@code null} where groups are not counted per year
 */
public record DisbursementTerms(int publicNoticeWorkingDays,
                                @ParameterKey(value = "later_higher_claim_tops_up_flag", optional = true)
                                Boolean laterHigherClaimTopsUp,
                                @ParameterKey("false_declaration_recovered_flag") boolean falseDeclarationRecovered,
                                @ParameterKey(optional = true) SameYearBy sameYearBy) {

    public enum SameYearBy {
        /** The year of the event the support is for (the application's {@code eventDate}). */
        EVENT_DATE,
        /** The year of the approval. */
        APPROVAL_DATE
    }

    public boolean publicNoticeRequired() {
        return publicNoticeWorkingDays > 0;
    }
}
