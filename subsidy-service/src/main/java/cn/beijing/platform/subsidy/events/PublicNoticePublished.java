package cn.beijing.platform.subsidy.events;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import cn.beijing.platform.policy.Basis;

/**
 * {@code subsidy.public-notice-published.v1}: the education authority published the approved list (京技管发〔2024〕30号
 * 第十四条). Payment may follow from {@code earliestPaymentDay} for entries against which no objection stands.
 *
 * @param workingDays the announced period (at least the minimum of 第十四条)
 * @param lastDay     the last working day of the notice; the publication day is not counted (民法典 第二百零一条,
 *                    cited in {@code basis})
 */
public record PublicNoticePublished(UUID noticeId, LocalDate publishedOn, int workingDays, LocalDate lastDay,
                                    LocalDate earliestPaymentDay, List<Entry> entries, List<Basis> basis) {

    /** One approved application on the list: the kindergarten (an organisation), the year, what and how much. */
    public record Entry(UUID applicationId, UUID kindergartenId, int year, List<String> kinds, BigDecimal amount) {
    }
}
