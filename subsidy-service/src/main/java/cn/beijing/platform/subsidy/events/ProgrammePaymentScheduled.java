package cn.beijing.platform.subsidy.events;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import cn.beijing.platform.policy.Basis;

/**
 * {@code subsidy.programme-payment-scheduled.v1}: an approved programme application (京技管发〔2024〕31号, 33号,
 * 京人社毕发〔2024〕16号): the finance bureau pays {@code amount} yuan to the applicant organisation on
 * {@code scheduledOn} — after the programme's public notice ({@code noticeId}) or, without one, on the first working
 * day after the approval. No person: a hire's id never appears, 16号's hires are one line.
 */
public record ProgrammePaymentScheduled(UUID paymentId, UUID applicationId, String programme, String applicantId,
                                        UUID noticeId, LocalDate scheduledOn, BigDecimal amount, List<Line> lines,
                                        List<Basis> basis) {

    /** One granted measure or article, or 16号's hires: {@code kind} is the programme. */
    public record Line(String kind, LocalDate periodStart, LocalDate periodEnd, BigDecimal amount, String article) {
    }
}
