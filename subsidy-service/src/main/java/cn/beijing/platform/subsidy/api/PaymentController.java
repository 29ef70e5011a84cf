package cn.beijing.platform.subsidy.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import cn.beijing.platform.subsidy.kindergartens.Findings;
import cn.beijing.platform.subsidy.store.PaymentStore;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Payments and clawbacks, for subsidy officers. */
@RestController
@RequestMapping("/api/subsidies")
class PaymentController {

    private final PaymentStore payments;
    private final Findings findings;

    PaymentController(PaymentStore payments, Findings findings) {
        this.payments = payments;
        this.findings = findings;
    }

    record PaymentLineView(String kind, LocalDate periodStart, LocalDate periodEnd, BigDecimal amount, String article) {
    }

    record PaymentView(UUID id, UUID applicationId, UUID kindergartenId, UUID noticeId, LocalDate scheduledOn,
                       BigDecimal amount, String status, List<PaymentLineView> lines) {
    }

    @GetMapping("/payments")
    @PreAuthorize("hasRole('SUBSIDY_OFFICER')")
    Mono<List<PaymentView>> payments(@RequestParam(required = false) UUID kindergartenId) {
        Flux<PaymentStore.PaymentRow> rows = kindergartenId == null ? payments.list()
                : payments.byKindergarten(kindergartenId);
        return rows.concatMap(p -> payments.lines(p.id())
                        .map(l -> new PaymentLineView(l.kind(), l.periodStart(), l.periodEnd(), l.amount(), l.article()))
                        .collectList()
                        .map(lines -> new PaymentView(p.id(), p.applicationId(), p.kindergartenId(), p.noticeId(),
                                p.scheduledOn(), p.amount(), p.status(), lines)))
                .collectList();
    }

    @GetMapping("/clawbacks")
    @PreAuthorize("hasRole('SUBSIDY_OFFICER')")
    Mono<List<Findings.ClawbackView>> clawbacks(@RequestParam(required = false) UUID kindergartenId) {
        return findings.clawbacks(kindergartenId).collectList();
    }
}
