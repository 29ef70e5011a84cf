package cn.beijing.platform.subsidy.api;

import java.util.List;
import java.util.UUID;

import cn.beijing.platform.subsidy.kindergartens.Findings;
import cn.beijing.platform.subsidy.kindergartens.Payments;
import io.swagger.v3.oas.annotations.Operation;
import lombok.RequiredArgsConstructor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Payments and clawbacks, for subsidy officers. */
@RestController
@RequestMapping("/api/subsidies")
@RequiredArgsConstructor
class PaymentController {

    private final Payments payments;
    private final Findings findings;

    @Operation(summary = "Scheduled payments (京技管发〔2024〕30号 第十四条)")
    @GetMapping("/payments")
    @PreAuthorize("hasRole('SUBSIDY_OFFICER')")
    Mono<List<Payments.PaymentView>> payments(@RequestParam(required = false) UUID kindergartenId) {
        return payments.list(kindergartenId);
    }

    @Operation(summary = "Ordered clawbacks (京技管发〔2024〕30号 第二十条, 第二十一条)")
    @GetMapping("/clawbacks")
    @PreAuthorize("hasRole('SUBSIDY_OFFICER')")
    Mono<List<Findings.ClawbackView>> clawbacks(@RequestParam(required = false) UUID kindergartenId) {
        return findings.clawbacks(kindergartenId).collectList();
    }
}
