package cn.beijing.platform.subsidy.kindergartens;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import cn.beijing.platform.subsidy.policy.kindergarten.PaymentStatus;
import cn.beijing.platform.subsidy.store.PaymentStore;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The scheduled payments of approved applications, with their lines (第五条, 第六条, 第十四条). */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Payments {

    public record PaymentLineView(String kind, LocalDate periodStart, LocalDate periodEnd, BigDecimal amount,
                                  String article) {
    }

    public record PaymentView(UUID id, UUID applicationId, UUID kindergartenId, UUID noticeId, LocalDate scheduledOn,
                              BigDecimal amount, PaymentStatus status, List<PaymentLineView> lines) {
    }

    private final PaymentStore payments;

    /** Every payment, or those of one kindergarten. */
    public Mono<List<PaymentView>> list(UUID kindergartenId) {
        Flux<PaymentStore.PaymentRow> rows = kindergartenId == null ? payments.list()
                : payments.byKindergarten(kindergartenId);
        return rows.concatMap(p -> payments.lines(p.id())
                        .map(l -> new PaymentLineView(l.kind(), l.periodStart(), l.periodEnd(), l.amount(), l.article()))
                        .collectList()
                        .map(lines -> new PaymentView(p.id(), p.applicationId(), p.kindergartenId(), p.noticeId(),
                                p.scheduledOn(), p.amount(), p.status(), lines)))
                .collectList();
    }
}
