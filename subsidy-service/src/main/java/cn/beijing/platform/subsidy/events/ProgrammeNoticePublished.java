package cn.beijing.platform.subsidy.events;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import cn.beijing.platform.policy.Basis;

/**
 * {@code subsidy.programme-notice-published.v1}: a programme notice ([platform rule], 京技管发〔2024〕31号, 33号): the
 * approved applications of one programme, published before payment.
 */
public record ProgrammeNoticePublished(UUID noticeId, String programme, LocalDate publishedOn, int workingDays,
                                       LocalDate lastDay, LocalDate earliestPaymentDay, List<Entry> entries,
                                       List<Basis> basis) {

    /** One approved application listed: its applicant organisation, support year and amount. */
    public record Entry(UUID applicationId, String applicantId, int year, BigDecimal amount) {
    }
}
